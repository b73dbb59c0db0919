import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath, URL } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { build, runnerImport, type Plugin } from "vite";
import type * as LoadDataset from "./src/data/load-dataset";
import {
  DAY_ATTR,
  ROOT_ID,
  SCREENS_ATTR,
  screenPath,
  TEMPLATE_ID,
} from "./src/first-screen/protocol.ts";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";

/**
 * The Content-Security-Policy of the built app: no eval, no inline script, nothing from another
 * host. Styles may be inline because Recharts and our SVG set style attributes. Dev mode is left
 * without it: Vite's dev server injects inline scripts.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

export function cspPlugin(policy: string = CSP): Plugin {
  return {
    name: "cpec-csp",
    apply: "build",
    // Last: the inline scripts other plugins wrote (the first screen's) are allowed by their hash.
    transformIndexHtml: {
      order: "post",
      handler(html) {
        const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
          ([, code]) => `'sha256-${createHash("sha256").update(code!, "utf8").digest("base64")}'`,
        );
        const withHashes = policy.replace(
          "script-src 'self'",
          ["script-src 'self'", ...hashes].join(" "),
        );
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${withHashes}" />`,
        );
      },
    },
  };
}

/**
 * Checks the bundled dataset with the full schema and cross-record rules when the build (or dev
 * server, or test run) starts, and hands the app the SHA-256 of the file that passed
 * (VITE_DATASET_SHA256). At run time, a fetched file with that digest is only parsed; any other is
 * checked in full (src/data/fetch-dataset.ts). A file that fails here gets an empty digest, so the
 * app checks it and shows its problems by file, record and field.
 */
export function datasetDigestPlugin(
  path: string = fileURLToPath(new URL("./public/data/cpec-dataset.json", import.meta.url)),
): Plugin {
  return {
    name: "cpec-dataset-digest",
    async config() {
      // As the browser will see it: UTF-8 text without a byte-order mark.
      const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
      // The app's own validator, loaded through Vite (TypeScript, no config of its own).
      const { module: validator } = await runnerImport<typeof LoadDataset>(
        fileURLToPath(new URL("./src/data/load-dataset.ts", import.meta.url)),
        { configFile: false, logLevel: "silent" },
      );
      const { DatasetError, formatProblem, parseDatasetText } = validator;
      let digest = "";
      try {
        parseDatasetText(text);
        digest = createHash("sha256").update(text, "utf8").digest("hex");
      } catch (error) {
        const lines =
          error instanceof DatasetError ? error.problems.map(formatProblem) : [String(error)];
        // Not fatal: the app will show the same problems where the data is used.
        console.warn(
          `[cpec-dataset-digest] the bundled dataset fails its checks:\n${lines.join("\n")}`,
        );
      }
      // As an environment variable, so the app, the dev server and Vitest all see it.
      process.env.VITE_DATASET_SHA256 = digest;
    },
  };
}

/**
 * The first screen's script (src/first-screen/main.ts), bundled on its own as one classic script:
 * it runs while the page is parsed, before any of the app's code has arrived, so it cannot be a
 * module or share a chunk with the app.
 */
async function bundleFirstScreenScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: "silent",
    publicDir: false,
    build: {
      write: false,
      target: "es2022",
      minify: true,
      rolldownOptions: {
        input: fileURLToPath(new URL("./src/first-screen/main.ts", import.meta.url)),
        output: { format: "iife" },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
    "output" in r ? r.output : [],
  );
  const chunks = outputs.filter((file) => file.type === "chunk");
  if (chunks.length !== 1) throw new Error(`first screen: ${chunks.length} chunks, not one`);
  const code = chunks[0]!.code.trim();
  if (code.includes("</script")) throw new Error("first screen: the script cannot be inlined");
  return code;
}

/**
 * The first screen (see src/app/first-screen.tsx and docs/first-screen.md): at build time each
 * view's first screen is rendered by the app from the bundled data, in a process of its own
 * (scripts/first-screen.ts). Overview's goes into index.html as a template, the others into
 * first-screen/<view>.html; the root lists which exist, and the script that shows them is
 * inlined right after it (the CSP allows it by its hash: cspPlugin). A view that cannot be
 * rendered gets no first screen and starts as before; the build does not fail for it.
 */
export function firstScreenPlugin(): Plugin {
  let screens: Promise<{ day?: number; screens: Record<string, string> }>;
  let script: Promise<string>;
  return {
    name: "cpec-first-screen",
    apply: "build",
    buildStart() {
      script = bundleFirstScreenScript();
      // Not left unhandled while the screens render: the index.html hook awaits it and fails.
      script.catch(() => undefined);
      screens = new Promise((resolve) => {
        execFile(
          process.execPath,
          ["--import", "tsx", fileURLToPath(new URL("./scripts/first-screen.ts", import.meta.url))],
          { maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) => {
            if (stderr) process.stderr.write(stderr);
            if (error) {
              console.warn(`[cpec-first-screen] no first screens: ${error.message}`);
              resolve({ screens: {} });
            } else resolve(JSON.parse(stdout) as { day: number; screens: Record<string, string> });
          },
        );
      });
    },
    async generateBundle() {
      for (const [view, html] of Object.entries((await screens).screens)) {
        if (view === "overview") continue;
        this.emitFile({ type: "asset", fileName: screenPath(view), source: html });
      }
    },
    transformIndexHtml: {
      order: "post",
      async handler(html) {
        const [{ day, screens: all }, code] = await Promise.all([screens, script]);
        const overview = all.overview
          ? `\n    <template id="${TEMPLATE_ID}">${all.overview}</template>`
          : "";
        return html.replace(
          `<div id="${ROOT_ID}"></div>`,
          `<div id="${ROOT_ID}" ${SCREENS_ATTR}="${Object.keys(all).join(" ")}" ${DAY_ATTR}="${day ?? ""}"></div>${overview}\n    <script>${code}</script>`,
        );
      },
    },
  };
}

/**
 * The Latin text face in the weights every screen uses is asked for with the page itself, not
 * once the style sheet has been read: the first screen is then laid out once, in its own font,
 * instead of again as each weight arrives. (Other scripts' fonts load only when a page uses them.)
 */
export function fontPreloadPlugin(): Plugin {
  return {
    name: "cpec-font-preload",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {}).filter((file) =>
          /(^|\/)noto-sans-latin-(400|600|700)-normal-[^/]*\.woff2$/.test(file),
        );
        return {
          html,
          tags: fonts.sort().map((file) => ({
            tag: "link",
            attrs: {
              rel: "preload",
              as: "font",
              type: "font/woff2",
              crossorigin: "",
              href: `./${file}`,
            },
            injectTo: "head" as const,
          })),
        };
      },
    },
  };
}

export default defineConfig({
  // Relative base: the same build works from any static host path.
  base: "./",
  plugins: [
    react(),
    tailwindcss(),
    datasetDigestPlugin(),
    firstScreenPlugin(),
    // After the first screen's: it hashes the inline script that plugin writes.
    cspPlugin(),
    fontPreloadPlugin(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: null,
      manifest: {
        name: "CPEC Progress Dashboard",
        short_name: "CPEC Dashboard",
        description:
          "Projects, investment, signed documents and meetings of the China–Pakistan Economic Corridor.",
        theme_color: "#0f5132",
        background_color: "#f6f7f9",
        display: "standalone",
        start_url: "./",
        icons: [{ src: "favicon.svg", sizes: "any", type: "image/svg+xml" }],
      },
      workbox: {
        // Every view, the data, the map boundaries and the fonts work offline after the first visit.
        globPatterns: ["**/*.{js,css,html,json,svg,woff2}"],
        // Chinese comes in ~100 unicode-range subsets: cache those a page actually used, not all.
        globIgnores: ["**/noto-sans-sc-*"],
        runtimeCaching: [
          {
            urlPattern: /noto-sans-sc-.*\.woff2$/,
            handler: "CacheFirst",
            options: {
              cacheName: "cjk-fonts",
              expiration: { maxEntries: 300 },
              // The faces are asked for by the page's fetch (src/app/cjk-fonts.ts) and by the
              // font loader, whose requests differ in headers a Vary names.
              matchOptions: { ignoreVary: true },
            },
          },
        ],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  build: { target: "es2022", sourcemap: false, modulePreload: false },
  // The file checker's worker (src/data/check-off-thread) loads its parts with import().
  worker: { format: "es" },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test-setup.tsx"],
    testTimeout: 20_000,
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
  },
});
