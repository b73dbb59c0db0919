/**
 * Helpers of the deck tests: a deck's input in a language with the real catalogues and colours,
 * and readers for the parts of the package (slides, charts, their caches and data sheets).
 */
import JSZip from "jszip";
import type { Figure } from "../figure";
import { encodePng, formatFor, loadPalette, loadWords, paletteColors } from "./node-support";
import type { DeckInput, DeckWords } from "./types";

const words: Record<string, DeckWords> = {};

/** Loads the catalogues; call in beforeAll. */
export async function loadDeckWords(): Promise<void> {
  for (const lang of ["en", "ur", "zh"]) words[lang] = (await loadWords(lang)).words;
}

const palette = paletteColors(loadPalette());
export const png = encodePng(2, 1, new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255]));
/** The figures the deck asked a picture of, in order. */
export const pictured: Figure[] = [];
/** The pixel sizes the deck asked them at. */
export const pictureSizes: { width: number; height: number }[] = [];

export function input(lang: string, figures: Figure[]): DeckInput {
  return {
    figures,
    altText: (f) => `Alt text of ${f.id}: the largest value is first.`,
    picture: async (f, size) => {
      pictured.push(f);
      pictureSizes.push(size);
      return {
        svg: `<svg xmlns="http://www.w3.org/2000/svg" id="${f.id}"/>`,
        png,
        ...size,
      };
    },
    ...palette,
    format: formatFor(lang),
    words: words[lang]!,
    output: "uint8array",
  };
}

export async function unzip(deck: Blob | Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(deck as Uint8Array);
}

export async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing ${path}; have ${Object.keys(zip.files).join(", ")}`);
  return file.async("string");
}

/** The chart XML of a slide, found through the slide's relationships. */
export async function chartOf(zip: JSZip, slide: number): Promise<string> {
  const rels = await text(zip, `ppt/slides/_rels/slide${slide}.xml.rels`);
  const target = /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
  if (!target) throw new Error(`slide ${slide} has no chart`);
  return text(zip, `ppt/charts/${target}`);
}

/** The first sheet of the workbook embedded for a slide's chart (PowerPoint's "Edit Data"). */
export async function dataSheet(zip: JSZip, slide: number): Promise<string> {
  const rels = await text(zip, `ppt/slides/_rels/slide${slide}.xml.rels`);
  const chart = /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)![1]!;
  const chartRels = await text(zip, `ppt/charts/_rels/${chart}.rels`);
  const book = /Target="\.\.\/embeddings\/([^"]+)"/.exec(chartRels)![1]!;
  const inner = await JSZip.loadAsync(
    await zip.file(`ppt/embeddings/${book}`)!.async("uint8array"),
  );
  return text(inner, "xl/worksheets/sheet1.xml");
}

/** The numbers of each series' value cache, as [index, value] pairs. */
export function cachedValues(xml: string, tag = "c:val"): [number, number][][] {
  return [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) =>
    [...m[1]!.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map(
      (p) => [Number(p[1]), Number(p[2])] as [number, number],
    ),
  );
}

export function categories(xml: string): string[] {
  const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(xml)?.[1] ?? "";
  return [...cat.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]!);
}

export const slideCount = (zip: JSZip) =>
  Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length;
