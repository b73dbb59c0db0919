/**
 * For tests and sample drawings only: a translator over the real message files in every language,
 * a builder context, and a drawing context with the theme's hex colours read from styles/index.css.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInstance } from "i18next";
import { NO_FILTERS, type Filters } from "@/data/filters";
import { approximateTextWidth, exportFont } from "../export/text-layout";
import type { FigureContext } from "./context";
import type { ColorToken } from "./figure";
import type { DrawContext, FigureTarget, ThemeName } from "./svg/draw-context";

const files = import.meta.glob<Record<string, unknown>>("../../locales/*/*.json", {
  eager: true,
  import: "default",
});

function bundle(lang: string) {
  return Object.assign(
    {},
    ...Object.entries(files)
      .filter(([path]) => path.includes(`/locales/${lang}/`))
      .map(([, json]) => json),
  ) as Record<string, unknown>;
}

const i18n = createInstance();
void i18n.init({
  lng: "en",
  fallbackLng: "en",
  resources: Object.fromEntries(["en", "ur", "zh"].map((l) => [l, { translation: bundle(l) }])),
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function testFigureContext(
  lang = "en",
  overrides: Partial<Omit<FigureContext, "t" | "format">> & { filters?: Filters } = {},
): FigureContext {
  const t = i18n.getFixedT(lang);
  return {
    t: (key, options) => t(key, options ?? {}) as string,
    format: { lang, digits: "latn", amounts: lang === "ur" ? "south-asian" : "international" },
    filters: NO_FILTERS,
    link: "https://example.org/cpec",
    today: Date.UTC(2026, 11, 2),
    ...overrides,
  };
}

function tokens(theme: ThemeName): Map<string, string> {
  const css = readFileSync(resolve(__dirname, "../../styles/index.css"), "utf8");
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    return css.slice(start, css.indexOf("}", start));
  };
  const map = new Map<string, string>();
  for (const text of theme === "dark" ? [block(":root"), block(".dark")] : [block(":root")])
    for (const m of text.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,8})/g)) map.set(m[1]!, m[2]!);
  return map;
}

export function testDrawContext(
  lang = "en",
  options: { theme?: ThemeName; fontSize?: number; target?: FigureTarget } = {},
): DrawContext {
  const map = tokens(options.theme ?? "light");
  const hex = (name: string) => map.get(name) ?? "#000000";
  const t = i18n.getFixedT(lang);
  return {
    color: (token: ColorToken) => hex(token === "muted" ? "muted" : token),
    ink: {
      foreground: hex("foreground"),
      muted: hex("muted-foreground"),
      grid: hex("chart-grid"),
      axis: hex("chart-axis"),
      background: hex("card"),
    },
    format: testFigureContext(lang).format,
    rtl: lang === "ur",
    font: exportFont(lang),
    measure: approximateTextWidth,
    fontSize: options.fontSize ?? 18,
    target: options.target ?? "slide-16x9",
    words: {
      today: t("gantt.today"),
      asOf: t("gantt.figure.asOfWord"),
      notReported: t("gantt.notReported"),
      continued: t("gantt.figure.continued"),
    },
  };
}

/**
 * What a drawn body must not contain: a colour that is not hex (a CSS variable, a colour name, an
 * oklch), a foreignObject, text smaller than the base size, a pattern or clip id used twice.
 */
export function svgProblems(markup: string, fontSize: number): string[] {
  const problems: string[] = [];
  if (/foreignObject/i.test(markup)) problems.push("foreignObject");
  if (/var\(|oklch|color-mix/.test(markup)) problems.push("CSS colour");
  for (const m of markup.matchAll(/\b(fill|stroke)="([^"]*)"/g)) {
    const value = m[2]!;
    if (!/^#[0-9a-f]{6}$/i.test(value) && value !== "none" && !/^url\(#[\w-]+\)$/.test(value))
      problems.push(`${m[1]}="${value}"`);
  }
  for (const m of markup.matchAll(/font-size="([\d.]+)"/g))
    if (Number(m[1]) < fontSize) problems.push(`font-size ${m[1]}`);
  const ids = [...markup.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
  for (const id of new Set(ids))
    if (ids.filter((x) => x === id).length > 1) problems.push(`id ${id} twice`);
  return problems;
}

/** The text elements of a body: their x, anchor and text. */
export function svgTexts(markup: string): { x: number; y: number; anchor: string; text: string }[] {
  return [...markup.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(/\bx="([-\d.]+)"/.exec(m[1]!)?.[1]),
    y: Number(/\by="([-\d.]+)"/.exec(m[1]!)?.[1]),
    anchor: /text-anchor="(\w+)"/.exec(m[1]!)?.[1] ?? "start",
    text: m[2]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"),
  }));
}
