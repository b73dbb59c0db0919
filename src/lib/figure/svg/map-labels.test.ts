import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "@/data/filters";
import { parseDatasetText } from "@/data/load-dataset";
import { DATASET_FILE } from "@/data/vocabulary";
import { approximateTextWidth } from "../../export/text-layout";
import { buildMapFigure } from "../build/map";
import { testDrawContext, testFigureContext } from "../figure-test-support";
import { toGeography } from "../geo";
import { composeFigure } from "./compose";
import { drawMapBody } from "./map";
import { boxesIntersect, boxTouchesCircle, type Box, type Circle } from "./label-geometry";
import { TEST_WORDS } from "./test-figures";

const root = resolve(__dirname, "../../../..");
const boundaries = toGeography(
  JSON.parse(readFileSync(`${root}/public/data/pakistan.topo.json`, "utf8")) as Topology,
);
const dataset = parseDatasetText(readFileSync(`${root}/public/data/${DATASET_FILE}`, "utf8"));

function figure(lang: "en" | "ur" | "zh") {
  return buildMapFigure(dataset, testFigureContext(lang, { filters: NO_FILTERS }), {
    size: "cost",
    shade: "investment",
    view: null,
    boundaries,
    layer: "projects",
  });
}

/** The boxes of the drawn province names (bold, halo) and the count bubbles of a map's markup. */
function drawnLabels(svg: string) {
  const labels = [...svg.matchAll(/<g data-unit-label="([^"]+)">(.*?)<\/g>/g)].map((g) => {
    const texts = [...g[2]!.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((t) => ({
      x: Number(/\bx="([-\d.]+)"/.exec(t[1]!)![1]),
      y: Number(/\by="([-\d.]+)"/.exec(t[1]!)![1]),
      size: Number(/font-size="([\d.]+)"/.exec(t[1]!)![1]),
      text: t[2]!.replace(/&amp;/g, "&"),
    }));
    const size = texts[0]!.size;
    const widths = texts.map((t) => approximateTextWidth(t.text, { size, weight: 700 }));
    const box: Box = {
      x0: Math.min(...texts.map((t, i) => t.x - widths[i]! / 2)),
      x1: Math.max(...texts.map((t, i) => t.x + widths[i]! / 2)),
      y0: texts[0]!.y - 0.8 * size,
      y1: texts.at(-1)!.y + 0.25 * size,
    };
    return { key: g[1]!, lines: texts.map((t) => t.text), box };
  });
  const bubbles: Circle[] = [...svg.matchAll(/<circle ([^>]*data-site[^>]*)\/>/g)].map((m) => ({
    cx: Number(/cx="([-\d.]+)"/.exec(m[1]!)![1]),
    cy: Number(/cy="([-\d.]+)"/.exec(m[1]!)![1]),
    r: Number(/ r="([\d.]+)"/.exec(m[1]!)![1]),
  }));
  return { labels, bubbles };
}

function overlaps(svg: string): string[] {
  const { labels, bubbles } = drawnLabels(svg);
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1))
      if (boxesIntersect(a.box, b.box)) found.push(`${a.key} × ${b.key}`);
    for (const c of bubbles) if (boxTouchesCircle(a.box, c)) found.push(`${a.key} × bubble`);
  });
  return found;
}

describe("the map's province names on a slide", () => {
  for (const lang of ["en", "ur", "zh"] as const) {
    it(`cover no other name and no count bubble on a 16:9 slide, 1920 × 1080 (${lang})`, () => {
      const { pages } = composeFigure(figure(lang), {
        target: "slide-16x9",
        theme: "light",
        background: "light",
        words: TEST_WORDS[lang],
        measure: approximateTextWidth,
      });
      const { labels, bubbles } = drawnLabels(pages[0]!.svg);
      expect(labels.map((l) => l.key).sort()).toEqual([
        "azad-jammu-kashmir",
        "balochistan",
        "gilgit-baltistan",
        "islamabad",
        "khyber-pakhtunkhwa",
        "punjab",
        "sindh",
      ]);
      expect(bubbles.length).toBeGreaterThan(3);
      expect(overlaps(pages[0]!.svg)).toEqual([]);
    });

    it(`cover no other name and no count bubble in a PowerPoint picture box (${lang})`, () => {
      const ctx = testDrawContext(lang, { fontSize: lang === "ur" ? 25 : 22 });
      const svg = drawMapBody(figure(lang), { x: 0, y: 0, width: 1776, height: 583 }, ctx);
      expect(overlaps(svg)).toEqual([]);
    });
  }

  it("sets Islamabad's name beside it with a leader line, over home ground, in English", () => {
    const ctx = testDrawContext("en", { fontSize: 22 });
    const svg = drawMapBody(figure("en"), { x: 0, y: 0, width: 1776, height: 583 }, ctx);
    const { labels } = drawnLabels(svg);
    expect(labels.find((l) => l.key === "islamabad")!.lines).toEqual(["Islamabad"]);
    expect(labels.find((l) => l.key === "punjab")!.lines).toEqual(["Punjab"]);
    // one leader for each name set outside its unit: a line drawn under a background halo
    const leaders = svg.match(/<line [^>]*stroke-width="1.5" stroke-linecap="round"\/>/g) ?? [];
    expect(leaders.length).toBeGreaterThanOrEqual(1);
  });
});
