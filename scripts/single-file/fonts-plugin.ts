import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { fontsourceFaces, subsetFaces, type SubsetCache } from "./font-faces";
import { textCorpus } from "./text-corpus";

/** Fontsource style sheets the app imports when a reader chooses Urdu or Chinese (src/app/i18n.ts). */
const LANGUAGE_SHEET =
  /^@fontsource\/(noto-naskh-arabic|noto-nastaliq-urdu|noto-sans-sc)\/\d+\.css$/;
/** The Latin text face, @imported by the style sheet in the weights the interface uses. */
const LATIN_IMPORT = /@import\s+["']@fontsource\/noto-sans\/latin-(\d+)\.css["'];/g;
const VIRTUAL = "\0cpec-faces:";
/** The subsetter's versions: a new harfbuzz may cut a font differently. */
function subsetterVersions(root: string): string {
  return ["subset-font", "harfbuzzjs"]
    .map((name) => {
      const manifest = readFileSync(join(root, "node_modules", name, "package.json"), "utf8");
      return `${name}@${(JSON.parse(manifest) as { version: string }).version}`;
    })
    .join(" ");
}

/**
 * The single file's fonts, cut down to the characters it can show (scripts/single-file/
 * text-corpus.ts) and inlined once, as WOFF2:
 *  - the Latin text face, in the style sheet, as the served build has it;
 *  - the Urdu and Chinese faces as scripts that add their @font-face rules to the page when the
 *    app asks for them (the `import()` of their Fontsource style sheets in src/app/i18n.ts): a
 *    page in English never parses them, and Chinese's are no longer most of the file.
 * The served build is untouched: there the browser fetches only the slices a page needs.
 */
export function singleFileFonts(root: string): Plugin {
  let corpus: Set<number> | undefined;
  const sheets = new Map<string, Promise<string>>();
  /** The subset @font-face rules of a Fontsource style sheet (or of its files named `slice`), once. */
  const facesOf = (sheet: string, slice = "") => {
    const key = `${sheet}|${slice}`;
    let css = sheets.get(key);
    if (!css) {
      corpus ??= textCorpus(root);
      const faces = fontsourceFaces(sheet).filter((face) => face.file.includes(slice));
      css = subsetFaces(faces, corpus, subsetCache(root));
      sheets.set(key, css);
    }
    return css;
  };
  return {
    name: "cpec-single-file-fonts",
    enforce: "pre",
    resolveId(source) {
      // A script, not a style sheet: the id must not end in .css.
      return LANGUAGE_SHEET.test(source) ? `${VIRTUAL}${source}.js` : null;
    },
    async load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const sheet = id.slice(VIRTUAL.length, -".js".length);
      const css = await facesOf(sheet);
      return [
        `const style = document.createElement("style");`,
        `style.dataset.faces = ${JSON.stringify(sheet)};`,
        `style.textContent = ${JSON.stringify(css)};`,
        `document.head.append(style);`,
      ].join("\n");
    },
    async transform(code, id) {
      if (!id.endsWith("/src/styles/index.css")) return null;
      const weights = [...code.matchAll(LATIN_IMPORT)].map((m) => m[1]!);
      const faces = await Promise.all(
        weights.map((weight) =>
          // The Latin slice only, as the served style sheet imports: other scripts fall back.
          facesOf(`@fontsource/noto-sans/${weight}.css`, `-latin-${weight}-`),
        ),
      );
      let i = 0;
      return { code: code.replace(LATIN_IMPORT, () => faces[i++]!), map: null };
    },
  };
}

/**
 * Subsetting Nastaliq takes seconds (its contextual forms are many): results are kept under
 * node_modules/.cache, named by the digest of the font file and the characters kept.
 */
function subsetCache(root: string): SubsetCache {
  const dir = join(root, "node_modules/.cache/cpec-font-subsets");
  const versions = subsetterVersions(root);
  return {
    key: (font: Buffer, text: string) =>
      createHash("sha256").update(versions).update(font).update("\0").update(text).digest("hex"),
    get(key: string): Buffer | undefined {
      try {
        return readFileSync(join(dir, `${key}.woff2`));
      } catch {
        return undefined;
      }
    },
    set(key: string, font: Buffer): void {
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed: a build running alongside never reads half a file.
      const part = join(dir, `${key}.${process.pid}.part`);
      writeFileSync(part, font);
      renameSync(part, join(dir, `${key}.woff2`));
    },
  };
}
