import { describe, expect, it } from "vitest";
import bundledFile from "../../../../public/data/cpec-dataset.json";
import { makeDataset, makeDocument, makeMeeting } from "@/data/fixtures";
import { parseDataset } from "@/data/load-dataset";
import { TIMELINE_KINDS } from "@/data/selectors/timeline";
import { approximateTextWidth } from "../../export/text-layout";
import { buildTimelineFigure } from "../build/timeline";
import { svgProblems, svgTexts, testDrawContext, testFigureContext } from "../figure-test-support";
import { composeFigure } from "./compose";
import { composeWordsFrom } from "./compose-words";
import { drawTimelineBody } from "./timeline";

const dataset = makeDataset({
  meetings: Array.from({ length: 14 }, (_, i) =>
    makeMeeting({ id: `jcc${i}`, session: i + 1, date: `${2013 + i}-06-15` }),
  ),
  documents: [
    ...Array.from({ length: 12 }, (_, i) =>
      makeDocument({ id: `d${i}`, title: `Agreement ${i}`, date: "2015-04-20" }),
    ),
    makeDocument({ id: "y", title: "Framework", date: "2017" }),
  ],
});
const area = { x: 64, y: 330, width: 1792, height: 660 };

describe("drawTimelineBody", () => {
  for (const lang of ["en", "ur", "zh"])
    it(`draws hex colours and text at the base size or more, no foreignObject (${lang})`, () => {
      const ctx = testDrawContext(lang, { fontSize: 18 });
      const figure = buildTimelineFigure(dataset, testFigureContext(lang), {
        kinds: ["jcc", "document"],
        range: null,
      });
      expect(svgProblems(drawTimelineBody(figure, area, ctx), 18)).toEqual([]);
    });

  const ctx = testDrawContext("en", { fontSize: 18 });
  const figure = buildTimelineFigure(dataset, testFigureContext("en"), {
    kinds: ["jcc", "document"],
    range: null,
  });
  const markup = drawTimelineBody(figure, area, ctx);
  const texts = svgTexts(markup);

  it("labels each lane with its count and each cluster with its number", () => {
    expect(texts.map((t) => t.text)).toEqual(
      expect.arrayContaining(["JCC sessions (14)", "Signed documents (13)", "12"]),
    );
  });

  it("keeps every year label whole inside the drawing, and marks today", () => {
    const years = texts.filter((t) => /^\d{4}$/.test(t.text));
    expect(years.length).toBeGreaterThan(5);
    for (const y of years) {
      const half = ctx.measure(y.text, { size: 18, weight: 400 }) / 2;
      expect(y.anchor).toBe("middle");
      expect(y.x - half).toBeGreaterThanOrEqual(area.x);
      expect(y.x + half).toBeLessThanOrEqual(area.x + area.width);
    }
    const today = texts.find((t) => t.text === "Today")!;
    expect(today.x + ctx.measure("Today", { size: 18, weight: 700 }) / 2).toBeLessThanOrEqual(
      area.x + area.width,
    );
  });

  it("stays inside its rectangle", () => {
    for (const t of texts) {
      expect(t.y).toBeGreaterThanOrEqual(area.y);
      expect(t.y).toBeLessThanOrEqual(area.y + area.height);
    }
  });

  it("draws crowded lanes with smaller marks, not smaller text, when the rows would not fit", () => {
    // Six meetings in each of two neighbouring months: at full size they stack six rows deep.
    const crowded = makeDataset({
      meetings: Array.from({ length: 24 }, (_, i) =>
        makeMeeting({
          id: `m${i}`,
          body: "jwg",
          session: null,
          date: `2019-0${1 + (i % 4)}-${String(10 + Math.floor(i / 4)).padStart(2, "0")}`,
        }),
      ),
    });
    const f = buildTimelineFigure(crowded, testFigureContext("en"), {
      kinds: ["jwg"],
      range: null,
    });
    const short = { ...area, height: 260 };
    const svg = drawTimelineBody(f, short, ctx);
    // Drawn at full width and text size: no scaling of the whole drawing.
    expect(svg.startsWith('<g data-body="timeline">')).toBe(true);
    expect(svgProblems(svg, 18)).toEqual([]);
    const dots = [...svg.matchAll(/<circle cx="[\d.]+" cy="[\d.]+" r="([\d.]+)"/g)].map(
      (m) => +m[1]!,
    );
    // The lane's legend dot keeps its size (0.45 em); the marks are smaller than a full dot (0.5 em).
    expect(dots[0]).toBe(8.1);
    expect(Math.max(...dots.slice(1))).toBeLessThan(9);
  });
});

describe("the timeline laid out for its box", () => {
  // Two busy months: six meetings on each of four days, and signings of 3 to 5 documents a day.
  const busy = makeDataset({
    meetings: Array.from({ length: 24 }, (_, i) =>
      makeMeeting({
        id: `m${i}`,
        body: "jwg",
        session: null,
        date: `2019-0${1 + (i % 4)}-${String(10 + Math.floor(i / 4)).padStart(2, "0")}`,
      }),
    ),
    documents: Array.from({ length: 24 }, (_, i) =>
      makeDocument({ id: `d${i}`, title: `MoU ${i}`, date: `2019-0${1 + (i % 5)}-15` }),
    ),
  });
  const f = buildTimelineFigure(busy, testFigureContext("ur"), {
    kinds: ["jwg", "document"],
    range: null,
  });
  const urCtx = testDrawContext("ur", { fontSize: 25 });

  it("is never scaled: in a box too low for its rows, the marks shrink and the text keeps 25 px", () => {
    const box = { ...area, height: 200 };
    const svg = drawTimelineBody(f, box, urCtx);
    expect(svg).not.toContain("transform");
    expect(svgProblems(svg, 25)).toEqual([]);
    const texts = svgTexts(svg);
    // Every label, the year axis's included, inside the box.
    for (const t of texts) {
      expect(t.y).toBeGreaterThanOrEqual(box.y);
      expect(t.y).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(Math.max(...texts.filter((t) => /^20\d\d$/.test(t.text)).map((t) => t.y))).toBe(
      box.y + box.height - 0.8 * 25,
    );
  });

  it("writes a cluster's number on a pill where the row is too low for a disc around it", () => {
    const svg = drawTimelineBody(f, { ...area, height: 480 }, urCtx);
    // The five signings of 3 to 5 documents: pills as high as their row (less 2), round-ended.
    const pills = [...svg.matchAll(/<rect [^>]*height="([\d.]+)" rx="([\d.]+)" fill="#b35900"/g)];
    expect(pills).toHaveLength(5);
    for (const [, h, rx] of pills) expect(+rx!).toBeCloseTo(+h! / 2, 1);
    // The number in the card's colour on the pill, as in a disc: no halo around it.
    const numbers = [...svg.matchAll(/<text ([^>]*)>([3-5])<\/text>/g)];
    expect(numbers).toHaveLength(5);
    for (const [, attrs] of numbers) {
      expect(attrs).toContain('fill="#ffffff"');
      expect(attrs).not.toContain("stroke=");
    }
  });

  it("draws the dataset's Urdu timeline on a 16:9 slide without scaling, no text under 21 px", () => {
    const ctx = testFigureContext("ur");
    const figure = buildTimelineFigure(parseDataset(bundledFile), ctx, {
      kinds: [...TIMELINE_KINDS],
      range: null,
    });
    const { pages } = composeFigure(figure, {
      target: "slide-16x9",
      theme: "light",
      background: "light",
      words: composeWordsFrom(ctx.t),
      measure: approximateTextWidth,
    });
    const svg = pages[0]!.svg;
    expect(svg).toContain('<g data-body="timeline"><defs>');
    expect(svg).not.toContain("scale(");
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => +m[1]!);
    expect(Math.min(...sizes)).toBe(21);
    for (const t of svgTexts(svg)) expect(t.y).toBeLessThanOrEqual(1080 - 63);
  });
});
