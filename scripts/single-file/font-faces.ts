import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import subsetFont from "subset-font";

/** One @font-face of a Fontsource style sheet: a file that draws the characters of its range. */
export interface SourceFace {
  family: string;
  style: string;
  weight: string;
  file: string;
  ranges: [number, number][];
}

/** Where subset fonts are kept between builds, by a key of the source font and the text. */
export interface SubsetCache {
  key(font: Buffer, text: string): string;
  get(key: string): Buffer | undefined;
  set(key: string, font: Buffer): void;
}

const require = createRequire(import.meta.url);

/** The faces of a Fontsource style sheet such as "@fontsource/noto-sans-sc/400.css" (WOFF2 files). */
export function fontsourceFaces(sheet: string): SourceFace[] {
  const path = require.resolve(sheet);
  const css = readFileSync(path, "utf8");
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
    const field = (name: string) => {
      const value = new RegExp(`${name}:\\s*([^;]+);`).exec(body!)?.[1];
      if (value === undefined) throw new Error(`${sheet}: a face without ${name}`);
      return value.trim();
    };
    const file = /url\(([^)]+\.woff2)\)/.exec(field("src"))?.[1];
    if (!file) throw new Error(`${sheet}: a face without a WOFF2 file`);
    return {
      family: field("font-family").replace(/['"]/g, ""),
      style: field("font-style"),
      weight: field("font-weight"),
      file: join(dirname(path), file),
      ranges: parseUnicodeRange(field("unicode-range")),
    };
  });
}

export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    const start = parseInt(from!.replace(/\?/g, "0"), 16);
    const end = to ? parseInt(to, 16) : parseInt(from!.replace(/\?/g, "f"), 16);
    return [start, end];
  });
}

/** Code points as a CSS unicode-range, consecutive ones joined: [65, 66, 67, 70] → "U+41-43,U+46". */
export function formatUnicodeRange(codePoints: number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (n: number) => n.toString(16);
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(",");
}

/**
 * Each face cut down to the characters of `corpus` in its range, as @font-face rules with the
 * font inlined (WOFF2, base64) and a unicode-range of exactly the characters kept, so the browser
 * asks the next font for any other. A face none of the corpus falls in is left out. The glyphs
 * the font's own substitutions reach from those characters (Arabic joining forms, Nastaliq's
 * contextual shapes, ligatures) stay: harfbuzz's layout closure.
 */
export async function subsetFaces(
  faces: SourceFace[],
  corpus: Set<number>,
  cache?: SubsetCache,
): Promise<string> {
  const rules = await Promise.all(
    faces.map(async (face) => {
      const kept = [...corpus].filter((c) => face.ranges.some(([a, b]) => c >= a && c <= b));
      if (kept.length === 0) return "";
      const source = readFileSync(face.file);
      const text = String.fromCodePoint(...kept.sort((a, b) => a - b));
      const key = cache?.key(source, text);
      let font = key === undefined ? undefined : cache?.get(key);
      if (!font) {
        font = await subsetFont(source, text, { targetFormat: "woff2" });
        if (key !== undefined) cache?.set(key, font);
      }
      return (
        `@font-face{font-family:"${face.family}";font-style:${face.style};font-display:swap;` +
        `font-weight:${face.weight};src:url(data:font/woff2;base64,${font.toString("base64")}) ` +
        `format("woff2");unicode-range:${formatUnicodeRange(kept)}}`
      );
    }),
  );
  return rules.filter(Boolean).join("\n");
}
