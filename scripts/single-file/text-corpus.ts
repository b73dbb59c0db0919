import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Every character the single file can draw with its own fonts: the interface's messages in all
 * three languages, the bundled dataset and map boundaries, the characters written into the code
 * (symbols the charts and menus draw: arrows, dashes, bullets, isolates), what Intl writes for
 * numbers and dates in each language and digit system, printable ASCII, and the Urdu alphabet
 * with its digits and punctuation. A character outside it (from a reader's own data file) is
 * drawn by the next font in the stack, as any character missing from a font is.
 */
export function textCorpus(root: string): Set<number> {
  const chars = new Set<number>();
  const add = (text: string) => {
    for (const c of text) chars.add(c.codePointAt(0)!);
  };
  for (let c = 0x20; c <= 0x7e; c++) chars.add(c);
  for (const file of filesUnder(join(root, "src/locales"), /\.json$/))
    jsonStrings(readJson(file), add);
  for (const file of filesUnder(join(root, "public/data"), /\.json$/))
    jsonStrings(readJson(file), add);
  for (const file of filesUnder(join(root, "src"), /\.tsx?$/)) {
    if (/\.test\.tsx?$/.test(file)) continue;
    const code = readFileSync(file, "utf8");
    add(code.replace(/[ -~\t\n\r]+/g, ""));
    // Characters written as escapes: "\u00a0", "\u{1F4CA}".
    for (const [, braced, plain] of code.matchAll(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g))
      chars.add(parseInt(braced ?? plain!, 16));
  }
  add(intlText());
  add(URDU);
  // Line breaks and other controls are never drawn.
  for (const c of chars) if (c < 0x20 || (c >= 0x7f && c < 0xa0)) chars.delete(c);
  return chars;
}

/**
 * The Urdu alphabet (with hamza forms, aspirate ھ and the final forms ے ۓ), Extended Arabic-Indic
 * digits, Arabic punctuation and the joiners: a reader's own Urdu text keeps its face even for a
 * letter our own text never uses.
 */
const URDU =
  "ءآأؤإئابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہۂۃھیےۓ" +
  "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٪٫٬،؛؟۔ـ\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0670" +
  "\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069";

/** What Intl writes for the app's number and date formats, in every language and digit system. */
function intlText(): string {
  const locales = ["en-GB", "ur-PK-u-nu-latn", "ur-PK-u-nu-arabext", "zh-CN"];
  const numbers = [0, 1, -1.5, 12.34, 123.45, 1234.5, 12_345, 123_456, 1_234_567];
  for (let e = 7; e <= 15; e++) numbers.push(1.25 * 10 ** e, 10 ** e);
  const numberOptions: Intl.NumberFormatOptions[] = [
    { maximumFractionDigits: 2 },
    { useGrouping: false },
    { notation: "compact", compactDisplay: "short", maximumSignificantDigits: 3 },
    { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 3 },
    { notation: "compact", maximumFractionDigits: 8 },
    { style: "percent", maximumFractionDigits: 0 },
  ];
  const dateOptions: Intl.DateTimeFormatOptions[] = [
    { year: "numeric" },
    { year: "numeric", month: "short" },
    { year: "numeric", month: "short", day: "numeric" },
    { year: "numeric", month: "long", day: "numeric", weekday: "long" },
  ];
  const out: string[] = [];
  for (const locale of locales) {
    for (const options of numberOptions) {
      const format = new Intl.NumberFormat(locale, options);
      for (const n of numbers) out.push(format.format(n), format.format(n / 7));
    }
    for (const options of dateOptions) {
      const format = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options });
      for (let month = 0; month < 12; month++)
        for (const day of [1, 12, 28]) out.push(format.format(Date.UTC(2017, month, day)));
    }
    for (const type of ["conjunction", "disjunction"] as const)
      out.push(new Intl.ListFormat(locale, { type }).format(["a", "b", "c"]));
  }
  return out.join(" ");
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
}

/** Every string value in a JSON document (its keys are field names, never shown). */
function jsonStrings(value: unknown, add: (text: string) => void): void {
  if (typeof value === "string") add(value);
  else if (Array.isArray(value)) for (const item of value) jsonStrings(item, add);
  else if (value && typeof value === "object")
    for (const item of Object.values(value)) jsonStrings(item, add);
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => pattern.test(f))
    .map((f) => join(dir, f))
    .sort();
}
