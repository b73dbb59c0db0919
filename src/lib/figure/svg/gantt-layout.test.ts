import { describe, expect, it } from "vitest";
import bundledFile from "../../../../public/data/cpec-dataset.json";
import { parseDataset } from "@/data/load-dataset";
import { approximateTextWidth } from "../../export/text-layout";
import { buildGanttFigure } from "../build/gantt";
import type { GanttFigure } from "../figure";
import { testFigureContext } from "../figure-test-support";
import { paginateFigure } from "./compose";
import { composeWordsFrom } from "./compose-words";
import {
  fillGanttPages,
  ganttLabelWidth,
  ganttRowHeight,
  nameLines,
  type GanttGroup,
} from "./gantt-layout";

function group(key: string, count: number): GanttGroup {
  return {
    key,
    label: key,
    rows: Array.from({ length: count }, (_, i) => ({
      id: `${key}${i}`,
      label: `${key} ${i}`,
      status: "operational",
      color: "status-operational",
      bar: null,
      plannedCompletion: null,
      completion: null,
    })),
  };
}

const shape = (pages: GanttGroup[][]) =>
  pages.map((p) => p.map((g) => [g.key, g.rows.length, g.continued ?? false]));

describe("fillGanttPages", () => {
  it("fills each page with as many rows as its capacity holds, repeating the heading as continued", () => {
    // Rows 10 high, headings 5; the first page (under a taller caption) has 40, the others 50.
    const pages = fillGanttPages(
      [group("A", 5), group("B", 4)],
      (i) => (i === 0 ? 40 : 50),
      () => 10,
      5,
    );
    expect(shape(pages)).toEqual([
      [["A", 3, false]],
      [
        ["A", 2, true],
        ["B", 2, false],
      ],
      [["B", 2, true]],
    ]);
  });

  it("moves a heading that would stand with fewer than two of its rows to the next page", () => {
    const pages = fillGanttPages(
      [group("A", 3), group("B", 3)],
      () => 50,
      () => 10,
      5,
    );
    expect(shape(pages)).toEqual([[["A", 3, false]], [["B", 3, false]]]);
  });

  it("counts each row at its own height (a two-line name takes a taller row)", () => {
    const a = group("A", 4);
    const tall = new Set([a.rows[0], a.rows[1]]);
    const pages = fillGanttPages(
      [a],
      () => 50,
      (r) => (tall.has(r) ? 20 : 10),
      5,
    );
    // 5 + 20 + 20 = 45 on the first page; 5 + 10 + 10 on the second.
    expect(shape(pages)).toEqual([[["A", 2, false]], [["A", 2, true]]]);
  });

  it("puts at least one row on a page too small for it", () => {
    expect(
      shape(
        fillGanttPages(
          [group("A", 2)],
          () => 8,
          () => 10,
          5,
        ),
      ),
    ).toEqual([[["A", 1, false]], [["A", 1, true]]]);
  });
});

describe("row heights", () => {
  it("gives the name column a third of the body between 12 and 30 text sizes", () => {
    expect(ganttLabelWidth(1792, 22)).toBeCloseTo(609.28, 6);
    expect(ganttLabelWidth(600, 20)).toBe(240);
    expect(ganttLabelWidth(3000, 20)).toBe(600);
  });

  it("is 1.7 text sizes for a one-line name and 2.65 for a two-line one", () => {
    expect(ganttRowHeight("Road 1", 240, 20, approximateTextWidth)).toBe(34);
    expect(
      ganttRowHeight(
        "Karot 720 MW Hydropower Project on the Jhelum",
        240,
        20,
        approximateTextWidth,
      ),
    ).toBe(53);
  });

  it("cuts a name longer than two lines at the end of the second, with an ellipsis", () => {
    const lines = nameLines("one two three four five six seven", 60, 10, 2, approximateTextWidth);
    // 5.6 px a glyph: ten to a line, the ellipsis counted.
    expect(lines).toEqual(["one two", "three fou…"]);
  });
});

describe("rows on a 16:9 slide of the real dataset's Gantt, by sector", () => {
  const dataset = parseDataset(bundledFile);
  const pagesIn = (lang: string) => {
    const ctx = testFigureContext(lang);
    const figure = buildGanttFigure(dataset, ctx, { grouping: "sector" });
    return paginateFigure(figure, {
      target: "slide-16x9",
      theme: "light",
      background: "light",
      words: composeWordsFrom(ctx.t),
      measure: approximateTextWidth,
    }) as GanttFigure[];
  };
  const rows = (pages: GanttFigure[]) =>
    pages.map((p) => p.groups.reduce((n, g) => n + g.rows.length, 0));

  // Measured with the generous estimate of glyph widths (most names take two lines). The pages
  // that end a group hold fewer rows: a group's heading takes a row's room, and a heading never
  // stands at a page's foot with fewer than two of its rows.
  it("holds 10 or 11 rows a page in English", () => {
    expect(rows(pagesIn("en"))).toEqual([10, 10, 11, 10, 6]);
  });

  it("holds at least 8 rows on an Urdu page that one group fills, under a compact caption", () => {
    const pages = pagesIn("ur");
    expect(rows(pages)).toEqual([9, 8, 9, 8, 7, 6]);
    expect(pages.map((p) => p.groups.length)).toEqual([1, 1, 2, 2, 2, 2]);
  });

  it("holds 11 to 14 rows a page in Chinese", () => {
    expect(rows(pagesIn("zh"))).toEqual([14, 13, 11, 9]);
  });
});
