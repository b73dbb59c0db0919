import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/shared/url-state";

/**
 * Every language has exactly English's keys in every file, with the plural forms its CLDR rules
 * need (Urdu: one/other; Chinese: other only; ordinals: other only in both), and every message
 * uses the same {{variables}} as English.
 */
const files = import.meta.glob<Record<string, unknown>>("./*/*.json", {
  eager: true,
  import: "default",
});

type Flat = Map<string, string>;

function flatten(value: unknown, prefix = "", out: Flat = new Map()): Flat {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, `<${typeof value}>`);
  return out;
}

function catalogue(language: string, file: string): Flat | undefined {
  const data = files[`./${language}/${file}`];
  return data ? flatten(data) : undefined;
}

const englishFiles = Object.keys(files)
  .filter((p) => p.startsWith("./en/"))
  .map((p) => p.slice("./en/".length))
  .sort();

const CATEGORY = "(zero|one|two|few|many|other)";
const ORDINAL = new RegExp(`^(.*)_ordinal_${CATEGORY}$`);
const CARDINAL = new RegExp(`^(.*)_${CATEGORY}$`);

/** The keys a language must have for English's key, following its own plural rules. */
function expectedKeys(englishKey: string, language: string): string[] {
  const ordinal = ORDINAL.exec(englishKey);
  if (ordinal) {
    const cats = new Intl.PluralRules(language, { type: "ordinal" }).resolvedOptions()
      .pluralCategories;
    return cats.map((c) => `${ordinal[1]}_ordinal_${c}`);
  }
  const cardinal = CARDINAL.exec(englishKey);
  if (cardinal) {
    const cats = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    return cats.map((c) => `${cardinal[1]}_${c}`);
  }
  return [englishKey];
}

/** The English message a translated key answers to: for a plural form, English's "other". */
function englishSource(key: string, english: Flat): string | undefined {
  const ordinal = ORDINAL.exec(key);
  if (ordinal) return english.get(`${ordinal[1]}_ordinal_other`);
  const cardinal = CARDINAL.exec(key);
  if (cardinal && !english.has(key)) return english.get(`${cardinal[1]}_other`);
  return english.get(key) ?? (cardinal ? english.get(`${cardinal[1]}_other`) : undefined);
}

function variables(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? "").sort();
}

const others = LANGUAGES.filter((l) => l !== "en");

describe("message catalogues", () => {
  it("exist for every language and file", () => {
    expect(englishFiles.length).toBeGreaterThan(0);
    for (const language of others)
      for (const file of englishFiles)
        expect(catalogue(language, file), `${language}/${file}`).toBeDefined();
    const otherFiles = Object.keys(files).filter((p) => !p.startsWith("./en/"));
    for (const path of otherFiles)
      expect(englishFiles, `${path} has no English file`).toContain(path.replace(/^\.\/\w+\//, ""));
  });

  for (const language of others)
    for (const file of englishFiles)
      it(`${language}/${file} has exactly English's keys, in ${language}'s plural forms`, () => {
        const english = catalogue("en", file) ?? new Map<string, string>();
        const translated = catalogue(language, file) ?? new Map<string, string>();
        const expected = new Set([...english.keys()].flatMap((k) => expectedKeys(k, language)));
        const missing = [...expected].filter((k) => !translated.has(k)).sort();
        const extra = [...translated.keys()].filter((k) => !expected.has(k)).sort();
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

  for (const language of others)
    for (const file of englishFiles)
      it(`${language}/${file} uses English's variables, and no message is empty`, () => {
        const english = catalogue("en", file) ?? new Map<string, string>();
        const translated = catalogue(language, file) ?? new Map<string, string>();
        const wrong: string[] = [];
        for (const [key, message] of translated) {
          const source = englishSource(key, english);
          if (source === undefined) continue;
          if (message.trim() === "") wrong.push(`${key}: empty`);
          // A "one" form may say the number in words ("ایک منصوبہ"), so it may leave out the count.
          const one = /_one$/.test(key) && !ORDINAL.test(key);
          const want = variables(source).filter((v) => !(one && (v === "count" || v === "n")));
          const got = variables(message).filter((v) => !(one && (v === "count" || v === "n")));
          if (want.join() !== got.join())
            wrong.push(`${key}: {{${got.join("}}, {{")}}} instead of {{${want.join("}}, {{")}}}`);
        }
        expect(wrong).toEqual([]);
      });
});

describe("counts in messages", () => {
  it.each(Object.keys(files).sort())(
    "%s writes every {{count}} through the num format (the reader's digits, grouped)",
    (path) => {
      const bare = [...flatten(files[path]).entries()].filter(([, text]) =>
        /\{\{\s*count\s*\}\}/.test(text),
      );
      expect(bare.map(([key]) => key)).toEqual([]);
    },
  );
});
