import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDatasetText } from "@/data/load-dataset";
import { DATASET_FILE } from "@/data/vocabulary";
import { approximateTextWidth } from "../../export/text-layout";
import { buildGanttFigure } from "../build/gantt";
import type { Figure } from "../figure";
import { testFigureContext } from "../figure-test-support";
import { paginateForSlides } from "../pptx-export";
import { composeBody } from "../svg/body-only";
import { TEST_WORDS } from "../svg/test-figures";
import {
  makeBarsFigure,
  makeColumnsFigure,
  makeGanttFigure,
  makeMapFigure,
  makeStepFigure,
  makeTimelineFigure,
  SAMPLE_SOURCES,
} from "./deck-fixtures";
import {
  cachedValues,
  chartOf,
  input,
  loadDeckWords,
  pictureSizes,
  slideCount,
  text,
  unzip,
} from "./deck-test-support";
import { pictureBox, pictureSize } from "./layout";
import { buildDeck, buildFigureSlide } from "./slides";

beforeAll(loadDeckWords);

describe("buildDeck", () => {
  it("makes a title slide, one slide per figure in order and a closing slide", async () => {
    const figures = [makeBarsFigure(), makeColumnsFigure(), makeStepFigure()];
    const zip = await unzip(
      await buildDeck({
        ...input("en", figures),
        title: {
          dashboard: "Sample Dashboard",
          view: "Sample overview",
          filters: ["Sector = Sample energy"],
          asOf: "2025-06-30",
          datasetVersion: "0.0.0-sample",
          link: "https://example.org/cpec/?view=overview&sector=energy",
        },
        closing: {
          sources: SAMPLE_SOURCES,
          licence: { text: "Sample licence", url: "https://example.org/licence" },
        },
      }),
    );
    expect(slideCount(zip)).toBe(5);
    const title = await text(zip, "ppt/slides/slide1.xml");
    expect(title).toContain("Sample overview");
    expect(title).toContain("Filters: Sector = Sample energy");
    expect(await text(zip, "ppt/slides/slide2.xml")).toContain(figures[0]!.title);
    expect(await text(zip, "ppt/slides/slide4.xml")).toContain(figures[2]!.title);
    expect(await chartOf(zip, 3)).toContain('<c:grouping val="stacked"/>');
    const closing = await text(zip, "ppt/slides/slide5.xml");
    expect(closing).toContain("Sample Publisher, Sample annual report (Mar 2024)");
    expect(closing).toContain("Sample licence");
    expect(await text(zip, "ppt/notesSlides/notesSlide3.xml")).toContain(
      "Alt text of sample.columns",
    );
    // Every part is well-formed XML after the fix-ups, the charts' workbooks included.
    const parts = Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p));
    const books = Object.keys(zip.files).filter((p) => p.endsWith(".xlsx"));
    expect(books).toHaveLength(3);
    const xmls = await Promise.all(parts.map((p) => text(zip, p)));
    for (const book of books) {
      const inner = await JSZip.loadAsync(await zip.file(book)!.async("uint8array"));
      const innerParts = Object.keys(inner.files).filter((p) => /\.(xml|rels)$/.test(p));
      xmls.push(...(await Promise.all(innerParts.map((p) => text(inner, p)))));
    }
    for (const xml of xmls) {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    }
  });

  it("writes Urdu slides right to left in Nastaliq and Naskh, with the unit in Urdu", async () => {
    const figure = makeBarsFigure({ lang: "ur", title: "نمونہ: شعبہ وار سرمایہ کاری" });
    const zip = await unzip(await buildFigureSlide(figure, input("ur", [])));
    expect(await text(zip, "ppt/presentation.xml")).toMatch(/<p:presentation [^>]*rtl="1"/);
    const slide = await text(zip, "ppt/slides/slide1.xml");
    const paragraphs = [...slide.matchAll(/<a:pPr[^>]*>/g)].map((m) => m[0]);
    expect(paragraphs.length).toBeGreaterThan(2);
    for (const p of paragraphs) {
      expect(p).toContain('rtl="1"');
      expect(p).toContain('algn="r"');
    }
    // A face per script: Nastaliq titles, Naskh text, Noto Sans for Latin, a CJK face for Chinese.
    expect(slide).toContain(
      '<a:latin typeface="Noto Sans"/><a:ea typeface="Microsoft YaHei"/><a:cs typeface="Noto Nastaliq Urdu"/>',
    );
    expect(slide).toContain(
      '<a:latin typeface="Noto Sans"/><a:ea typeface="Microsoft YaHei"/><a:cs typeface="Noto Naskh Arabic"/>',
    );
    expect(slide).not.toContain('<a:latin typeface="Noto Naskh Arabic"');
    expect(slide).toContain('lang="ur-PK"');
    const notes = await text(zip, "ppt/notesSlides/notesSlide1.xml");
    expect(notes).toContain('<a:pPr algn="r" rtl="1"/>');
    const chart = await chartOf(zip, 1);
    // The catalogue's isolate is dropped: plain text lays out right in LibreOffice.
    expect(chart).toContain("(ارب ڈالر)");
    expect(chart).toContain('<a:cs typeface="Noto Naskh Arabic"/>');
    // Bars grow leftwards from labels on the right.
    expect(chart).toMatch(/<c:valAx>[\s\S]*?<c:orientation val="maxMin"\/>/);
  });

  it("writes Chinese slides in a CJK font, money in 亿美元", async () => {
    const figure = makeBarsFigure({ lang: "zh" });
    const zip = await unzip(await buildFigureSlide(figure, input("zh", [])));
    const chart = await chartOf(zip, 1);
    expect(chart).toContain("Investment（亿美元）");
    expect(cachedValues(chart)[0]!.map(([, v]) => v)).toEqual([254.005, 19.122, 2.4]);
    expect(chart).toContain('<a:ea typeface="Microsoft YaHei"/>');
    expect(await text(zip, "ppt/slides/slide1.xml")).toContain('lang="zh-CN"');
  });

  it("refuses an empty deck", async () => {
    await expect(buildDeck(input("en", []))).rejects.toThrow("at least one figure");
  });
});

const EMU = 914_400;
const root = resolve(__dirname, "../../../..");
const dataset = parseDatasetText(readFileSync(`${root}/public/data/${DATASET_FILE}`, "utf8"));

describe("a figure drawn as a picture on its slide", () => {
  for (const [name, figure] of [
    ["gantt", makeGanttFigure()],
    ["timeline", makeTimelineFigure()],
    ["map", makeMapFigure()],
  ] as const)
    it(`is drawn for its box and fills it (${name})`, async () => {
      pictureSizes.length = 0;
      const slide = await text(
        await unzip(await buildFigureSlide(figure as Figure, input("en", []))),
        "ppt/slides/slide1.xml",
      );
      const box = pictureBox(figure);
      // 1920 px across the 13.333 in slide: the box's own pixels, so text keeps its size.
      expect(pictureSizes).toEqual([
        { width: Math.round(box.w * 144), height: Math.round(box.h * 144) },
      ]);
      const pic =
        /<p:pic>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(
          slide,
        )!;
      const [w, h] = [Number(pic[3]) / EMU, Number(pic[4]) / EMU];
      expect(Math.max(w / box.w, h / box.h)).toBeGreaterThanOrEqual(0.99);
      expect(Math.min(w / box.w, h / box.h)).toBeGreaterThanOrEqual(0.99);
    });

  it("states a map's notes beside its picture: the boundaries on the slide, not only in the notes", async () => {
    const notes = ["About the boundaries: drawn where control lies.", "KP: Khyber Pakhtunkhwa"];
    for (const lang of ["en", "ur"] as const) {
      const figure = makeMapFigure({ notes, lang, format: { ...makeMapFigure().format, lang } });
      const slide = await text(
        await unzip(await buildFigureSlide(figure, input(lang, []))),
        "ppt/slides/slide1.xml",
      );
      const shapes = [...slide.matchAll(/<p:(sp|pic)>[\s\S]*?<\/p:\1>/g)].map((m) => m[0]);
      const place = (shape: string) => {
        const m = /<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape)!;
        const [x, y, w, h] = m.slice(1).map((v) => Number(v) / EMU) as [
          number,
          number,
          number,
          number,
        ];
        return { x, y, w, h };
      };
      const picture = place(shapes.find((s) => s.startsWith("<p:pic>"))!);
      const column = shapes.find((s) => s.includes("About the boundaries"))!;
      expect(column).toContain("KP: Khyber Pakhtunkhwa");
      const box = place(column);
      // beside the picture, never over it: on the right, or on the left of a right-to-left slide
      if (lang === "en") expect(box.x).toBeGreaterThanOrEqual(picture.x + picture.w);
      else expect(box.x + box.w).toBeLessThanOrEqual(picture.x);
      expect(box.w).toBeCloseTo(3.4, 3);
    }
  });

  it("splits the Gantt's rows for the picture box, each slide but the last filled to ≥ 90%", () => {
    for (const lang of ["en", "ur", "zh"] as const) {
      const gantt = buildGanttFigure(dataset, testFigureContext(lang), { grouping: "sector" });
      const pages = paginateForSlides(gantt, TEST_WORDS[lang]);
      expect(pages.length).toBeGreaterThan(1);
      const filled = pages.map((page) => {
        const size = pictureSize(page);
        const svg = composeBody(page, {
          ...size,
          theme: "light",
          words: TEST_WORDS[lang],
          measure: approximateTextWidth,
        });
        // The as-of and today lines run from the axis to the foot of the last row.
        const feet = [...svg.matchAll(/<line [^>]*y2="([\d.]+)"[^>]*stroke-width="2"/g)];
        expect(feet.length).toBeGreaterThan(0);
        return Math.max(...feet.map((m) => Number(m[1]))) / size.height;
      });
      for (const share of filled.slice(0, -1)) expect(share).toBeGreaterThanOrEqual(0.9);
      for (const share of filled) expect(share).toBeLessThanOrEqual(1);
    }
  });
});
