import { fileURLToPath, URL } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
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
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      ),
  };
}

export default defineConfig({
  // Relative base: the same build works from any static host path.
  base: "./",
  plugins: [
    react(),
    tailwindcss(),
    cspPlugin(),
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
            options: { cacheName: "cjk-fonts", expiration: { maxEntries: 300 } },
          },
        ],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  build: { target: "es2022", sourcemap: false },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test-setup.tsx"],
    testTimeout: 20_000,
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
  },
});
