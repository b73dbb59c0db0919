/**
 * Renders each view's first screen (src/app/first-screen.tsx) and prints them as JSON
 * ({ day, screens: { view: html } }) on stdout, `day` being the day they were drawn for; a view that cannot be rendered is left out with its reason on
 * stderr. Run by the build (firstScreenPlugin in vite.config.ts) in a process of its own, because
 * the app's modules need a DOM (jsdom) that the build itself must not see.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, URL } from "node:url";
import { builtinEnvironments } from "vitest/runtime";
import { createServer, type Plugin } from "vite";
import type * as FirstScreen from "../src/app/first-screen";
import { VIEWS } from "../src/shared/url-state";

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

// The DOM the unit tests use (Vitest's jsdom environment), at a local address.
await builtinEnvironments.jsdom.setup(globalThis, { jsdom: { url: "http://localhost/" } });
// As in a browser, which has it: what waits below the first screen renders its placeholder.
globalThis.IntersectionObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
} as unknown as typeof IntersectionObserver;

/** Styles are the browser's business: the render needs none. */
const noStyles: Plugin = {
  name: "cpec-first-screen-no-styles",
  enforce: "pre",
  resolveId: (id) => (/\.css(\?|$)/.test(id) ? "\0no-styles" : undefined),
  load: (id) => (id === "\0no-styles" ? "export default {}" : undefined),
};

// Vite loads the app's modules as the dev server would (TypeScript, aliases, globs, lazy imports).
const server = await createServer({
  configFile: false,
  logLevel: "silent",
  appType: "custom",
  plugins: [noStyles],
  resolve: { alias: { "@": root("src") } },
  define: { "import.meta.env.VITE_DATASET_SHA256": JSON.stringify("") },
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const module = (await server.ssrLoadModule(root("src/app/first-screen.tsx"))) as typeof FirstScreen;

const text = readFileSync(root("public/data/cpec-dataset.json"), "utf8").replace(/^\uFEFF/, "");
const now = new Date();
const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
const screens: Record<string, string> = {};
for (const view of VIEWS) {
  try {
    screens[view] = await module.renderFirstScreen(view, text, day);
  } catch (error) {
    process.stderr.write(`[first-screen] ${view}: none (${String(error)})\n`);
  }
}
// Written in full before the process ends (stdout to a pipe is asynchronous).
await server.close();
process.stdout.write(JSON.stringify({ day, screens }), () => process.exit(0));
