import { fileURLToPath, URL } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { readFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { singleFileFonts } from "./scripts/single-file/fonts-plugin";
import { datasetDigestPlugin } from "./vite.config";

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

export default defineConfig({
  base: "./",
  define: { "import.meta.env.VITE_EMBED_DATA": JSON.stringify("1") },
  plugins: [
    // Before Tailwind's: it replaces the style sheet's font imports before they are read.
    singleFileFonts(fileURLToPath(new URL(".", import.meta.url))),
    react(),
    tailwindcss(),
    inlineFavicon(),
    // The data compiled in is checked here, in full, instead of on every opening of the file.
    datasetDigestPlugin(),
    viteSingleFile({ removeViteModuleLoader: true }),
  ],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  build: { outDir: "dist-single", target: "es2022", emptyOutDir: true, copyPublicDir: false },
  // The file checker's worker cannot start from file:// and the check then runs on the page.
  worker: { format: "es" },
});
