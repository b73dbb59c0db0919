import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../export/text-layout";
import { columnTotals, drawColumns } from "./columns";
import { makeColumnsFigure, makeDrawContext, textsOf } from "./test-figures";

const area = { x: 60, y: 200, width: 1800, height: 600 };
const YEARS = Array.from({ length: 13 }, (_, i) => String(2013 + i));

describe("drawColumns", () => {
  it("stacks a rect for each non-zero value and writes each year's total", () => {
    const figure = makeColumnsFigure();
    const svg = drawColumns(figure, area, makeDrawContext());
    const segments = figure.columns.flatMap((c) => Object.values(c.values).filter((v) => v > 0));
    expect(svg.match(/<rect /g)).toHaveLength(segments.length);
    expect(columnTotals(figure)).toEqual([0, 12, 7, 13, 8, 3, 9, 10, 5, 11, 6, 1, 7]);
    const bold = [...svg.matchAll(/font-weight="600"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(bold).toEqual(["0", "12", "7", "13", "8", "3", "9", "10", "5", "11", "6", "1", "7"]);
  });

  it("labels the value axis with nice ticks on the left", () => {
    const svg = drawColumns(makeColumnsFigure(), area, makeDrawContext());
    const ticks = textsOf(svg).filter((t) => t.anchor === "end");
    expect(ticks.map((t) => t.text)).toEqual(["0", "2", "4", "6", "8", "10", "12", "14"]);
    expect(svg).toContain(`<text x="60" y="222" font-size="22" fill="#4b5563">Documents</text>`);
  });

  it("puts the value axis on the right in Urdu", () => {
    const svg = drawColumns(makeColumnsFigure("ur"), area, makeDrawContext("ur"));
    const right = Math.max(
      ...[...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map(
        (m) => +m[1]! + +m[2]!,
      ),
    );
    const ticks = textsOf(svg).filter((t) => /^\u2067\d+\u2069$/.test(t.text));
    expect(ticks).toHaveLength(8);
    for (const t of ticks) expect(t.x).toBeGreaterThan(right);
  });

  it.each([
    [1800, YEARS],
    [300, ["2013", "2015", "2017", "2019", "2021", "2023", "2025"]],
    [160, ["2013", "2017", "2021", "2025"]],
  ])("on %i px keeps the year labels %j, none overlapping", (width, kept) => {
    const ctx = makeDrawContext("en", { fontSize: 12 });
    const svg = drawColumns(makeColumnsFigure(), { ...area, width }, ctx);
    const years = textsOf(svg).filter((t) => /^\d{4}$/.test(t.text));
    expect(years.map((t) => t.text)).toEqual(kept);
    for (let i = 1; i < years.length; i++) {
      const w = approximateTextWidth("2020", { size: 12, weight: 400 });
      expect(years[i]!.x - years[i - 1]!.x).toBeGreaterThanOrEqual(w);
    }
  });
});
