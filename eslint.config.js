import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

const FEATURES = [
  "overview",
  "projects",
  "timeline",
  "map",
  "meetings",
  "documents",
  "sources",
  "present",
];

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
  // Import boundaries (STYLE.md): data and lib import nothing above them; components import no
  // domain code; features never import each other.
  {
    files: ["src/data/**", "src/lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/features/*", "@/app/*", "@/components/*"],
              message: "data/ and lib/ import nothing above them.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/features/*", "@/app/*"],
              message: "components/ import no feature or app code.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/shared/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/features/*", "@/app/*"],
              message: "shared/ serves features; it imports none of them.",
            },
          ],
        },
      ],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: FEATURES.filter((f) => f !== feature).flatMap((f) => [
                `@/features/${f}/*`,
                `../${f}/*`,
              ]),
              message:
                "Features never import each other: move what they share to data/, components/ or lib/.",
            },
            { group: ["@/app/*"], message: "Features do not import the app shell." },
          ],
        },
      ],
    },
  })),
  {
    files: ["scripts/**", "e2e/**", "*.config.{ts,js}"],
    languageOptions: { globals: globals.node },
    rules: { "no-console": "off" },
  },
]);
