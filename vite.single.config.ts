import { fileURLToPath, URL } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { readFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

/**
 * `npm run build:single`: one self-contained HTML file with the data embedded, for a USB stick in
 * a conference room. Opened from disk (file://) it cannot fetch, so the dataset and the map
 * boundaries are compiled in (VITE_EMBED_DATA) instead of loaded. No service worker, no CSP meta
 * (its inline script would be blocked by it).
 */
/** The tab icon inlined too: a file opened from disk has no folder of public files beside it. */
function inlineFavicon(): Plugin {
  const svg = readFileSync(fileURLToPath(new URL("./public/favicon.svg", import.meta.url)), "utf8");
  const href = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
  return {
    name: "cpec-inline-favicon",
    transformIndexHtml: (html) => html.replace('href="./favicon.svg"', `href="${href}"`),
  };
}

/**
 * Fonts once, as WOFF2: the font packages list a WOFF copy after each WOFF2 file for browsers
 * older than any this build supports (all read WOFF2 since 2016), and inlined, the copies were
 * 8.8 MB of the file's 18.7 MB. Served fonts keep both (the browser fetches only the first).
 * (The three Latin faces @imported by the style sheet keep theirs: they are inlined into it
 * before any transform sees them: 66 kB.)
 */
function woff2Only(): Plugin {
  return {
    name: "cpec-woff2-only",
    enforce: "pre",
    transform(code, id) {
      if (!/@fontsource\/.*\.css$/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, "");
    },
  };
}

export default defineConfig({
  base: "./",
  define: { "import.meta.env.VITE_EMBED_DATA": JSON.stringify("1") },
  plugins: [
    react(),
    tailwindcss(),
    inlineFavicon(),
    woff2Only(),
    viteSingleFile({ removeViteModuleLoader: true }),
  ],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  build: { outDir: "dist-single", target: "es2022", emptyOutDir: true, copyPublicDir: false },
  // The file checker's worker cannot start from file:// and the check then runs on the page.
  worker: { format: "es" },
});
