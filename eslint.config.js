import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

// Leftmost first: each layer may import itself and the layers before it.
const LAYERS = ["data", "lib", "components", "shared", "feature", "app"];
const layerPolicies = LAYERS.map((type, index) => ({
  from: { element: { type } },
  allow: {
    to: { element: { types: LAYERS.slice(0, index).concat(type === "feature" ? [] : [type]) } },
  },
}));
const LAYER_MESSAGE =
  "Layers import only leftwards: data ← lib ← components ← shared ← features ← app; a feature imports no other feature; src/main.tsx imports only app. Move what two places share down a layer.";

export default defineConfig([
  globalIgnores(["dist", "dist-*", "coverage", "playwright-report", "test-results", "reports"]),
  {
    files: ["**/*.{ts,tsx}"],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
      pluginQuery.configs["flat/recommended-strict"],
    ],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "error",
    },
  },
  // Import boundaries (STYLE.md), on "@/" and relative imports alike (the TypeScript resolver
  // turns both into files): data ← lib ← components ← shared ← features ← app, each layer
  // importing only those to its left; a feature imports no other feature; the entry imports app.
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.json" } },
      "boundaries/include": ["src/**/*"],
      "boundaries/elements": [
        { type: "app", pattern: "src/app" },
        { type: "feature", pattern: "src/features/*", capture: ["feature"] },
        { type: "shared", pattern: "src/shared" },
        { type: "components", pattern: "src/components" },
        { type: "lib", pattern: "src/lib" },
        { type: "data", pattern: "src/data" },
        { type: "locales", pattern: "src/locales" },
        // The first screen's script: runs before the app, so it imports nothing of it.
        { type: "first-screen", pattern: "src/first-screen" },
        { type: "styles", pattern: "src/styles" },
      ],
      "boundaries/files": [
        { category: "entry", pattern: "src/main.tsx" },
        { category: "test-support", pattern: "src/test-*.{ts,tsx}" },
        { category: "test", pattern: "**/*.test.{ts,tsx}" },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          message: LAYER_MESSAGE,
          policies: [
            {
              from: { file: { categories: "entry" } },
              allow: { to: { element: { types: ["app", "styles"] } } },
            },
            ...layerPolicies,
            {
              from: { element: { type: "feature" } },
              allow: {
                to: {
                  element: {
                    type: "feature",
                    captured: { feature: "{{ from.element.captured.feature }}" },
                  },
                },
              },
            },
            // The first screen's script is its own; the names it shares with the app (its
            // protocol) every layer may read, and the app starts from where it left off.
            {
              from: { element: { type: "first-screen" } },
              allow: { to: { element: { type: "first-screen" } } },
            },
            {
              from: { element: { type: "*" } },
              allow: {
                to: {
                  element: { type: "first-screen" },
                  file: { path: "**/first-screen/protocol.ts" },
                },
              },
            },
            {
              from: { element: { type: "app" } },
              allow: { to: { element: { type: "first-screen" } } },
            },
            // Message catalogues are data every layer may read.
            {
              from: { element: { type: "*" } },
              allow: { to: { element: { types: ["locales"] } } },
            },
            // The test setup and render helpers stand outside the layers: they load i18n and
            // seed the query cache, and every test may use them.
            {
              from: { file: { categories: "test-support" } },
              allow: { to: { element: { type: "*" } } },
            },
            {
              from: { file: { categories: ["test", "test-support"] } },
              allow: { to: { file: { categories: "test-support" } } },
            },
            // Round-trip tests of the data layer write their input with the app's CSV writer.
            {
              from: { element: { type: "data" }, file: { categories: "test" } },
              allow: { to: { element: { type: "lib" }, file: { path: "**/lib/csv.ts" } } },
            },
            // The catalogues' test checks every language the URL can ask for.
            {
              from: { element: { type: "locales" }, file: { categories: "test" } },
              allow: {
                to: { element: { type: "shared" }, file: { path: "**/shared/url-state.ts" } },
              },
            },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**", "e2e/**", "*.config.{ts,js}"],
    languageOptions: { globals: globals.node },
    rules: { "no-console": "off" },
  },
]);
