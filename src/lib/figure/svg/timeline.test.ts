import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting } from "@/data/fixtures";
import { buildTimelineFigure } from "../build/timeline";
import { svgProblems, svgTexts, testDrawContext, testFigureContext } from "../figure-test-support";
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
