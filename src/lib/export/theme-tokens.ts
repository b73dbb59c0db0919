/**
 * The colour tokens of the light and the dark theme, read from the page's own stylesheet (the
 * `:root` and `.dark` rules of styles/index.css), so a figure can be drawn in either theme whatever
 * the page shows: set them on a container and its descendants resolve var(--…) to that theme.
 */

export type ThemeName = "light" | "dark";

function collect(
  rules: CSSRuleList,
  into: { light: Map<string, string>; dark: Map<string, string> },
) {
  for (const rule of rules) {
    if ("cssRules" in rule && !(rule instanceof CSSStyleRule)) {
      // @layer, @media (only screen-independent blocks: a print block is not a theme)
      if (rule instanceof CSSMediaRule) continue;
      collect((rule as CSSGroupingRule).cssRules, into);
      continue;
    }
    if (!(rule instanceof CSSStyleRule)) continue;
    const selectors = rule.selectorText.split(",").map((s) => s.trim());
    const target = selectors.includes(".dark")
      ? into.dark
      : selectors.includes(":root")
        ? into.light
        : null;
    if (!target) continue;
    for (const name of rule.style) {
      if (name.startsWith("--") && !name.startsWith("--tw-")) {
        target.set(name, rule.style.getPropertyValue(name).trim());
      }
    }
  }
}

let cached: { light: Map<string, string>; dark: Map<string, string> } | null = null;

/** Custom properties of a theme, as an inline-style object. */
export function themeTokens(theme: ThemeName): Record<string, string> {
  if (!cached) {
    const found = { light: new Map<string, string>(), dark: new Map<string, string>() };
    for (const sheet of document.styleSheets) {
      try {
        collect(sheet.cssRules, found);
      } catch {
        // A cross-origin sheet cannot be read; ours are same-origin.
      }
    }
    if (found.light.size > 0) cached = found;
    else return {};
  }
  // Dark overrides only what it redefines; the rest comes from :root.
  const merged = new Map(cached.light);
  if (theme === "dark") for (const [k, v] of cached.dark) merged.set(k, v);
  return Object.fromEntries(merged);
}

/** The theme the page shows now. */
export function currentTheme(): ThemeName {
  return document.documentElement.classList.contains("dark") ? "dark" : "light";
}
