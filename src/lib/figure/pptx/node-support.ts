/**
 * Node-only helpers for the deck tests and scripts/pptx-samples.ts: the real catalogues and the
 * real light-theme colours, read from the repository's files (never copied into code), and a PNG
 * encoder for pictures. Not imported by the app.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import i18next from "i18next";
import type { FormatSettings } from "../../format";
import type { ColorToken } from "../figure";
import type { DeckInput, DeckWords } from "./types";
import { deckWords } from "./words";

const ROOT = join(import.meta.dirname, "../../../..");

/** All catalogue files of a language merged, as the app's i18n setup merges them. */
function catalogue(lang: string): Record<string, unknown> {
  const dir = join(ROOT, "src/locales", lang);
  const merged: Record<string, unknown> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    Object.assign(merged, JSON.parse(readFileSync(join(dir, file), "utf8")));
  }
  return merged;
}

export async function loadWords(lang: string): Promise<{
  words: DeckWords;
  t: (key: string, options?: Record<string, unknown>) => string;
}> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: { translation: catalogue(lang) } },
    interpolation: { escapeValue: false },
  });
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
  return { words: deckWords(t), t };
}

/** The custom properties of the stylesheet's `:root` rule (the light theme). */
export function loadPalette(): Map<string, string> {
  const css = readFileSync(join(ROOT, "src/styles/index.css"), "utf8");
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1];
  if (!root) throw new Error("src/styles/index.css has no :root rule");
  return new Map([...root.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

export function paletteColors(palette: Map<string, string>): Pick<DeckInput, "color" | "ink"> {
  const get = (name: string) => {
    const value = palette.get(name);
    if (!value || !value.startsWith("#")) throw new Error(`--${name} is not a hex colour`);
    return value;
  };
  return {
    color: (token: ColorToken) => get(token),
    ink: { foreground: get("foreground"), muted: get("muted-foreground"), grid: get("chart-grid") },
  };
}

export function formatFor(lang: string): FormatSettings {
  return { lang, digits: "latn", amounts: lang === "ur" ? "south-asian" : "international" };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG of RGBA pixels (row-major), e.g. from a test's drawing. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0;
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(rows)),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}
