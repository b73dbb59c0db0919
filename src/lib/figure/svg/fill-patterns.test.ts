import { describe, expect, it } from "vitest";
import type { ColumnsFigure } from "../figure";
import { drawColumns } from "./columns";
import { composeFigure } from "./compose";
import { fillPatternDef, patternFill, patternMarks } from "./fill-patterns";
import { makeColumnsFigure, makeDrawContext, TEST_WORDS } from "./test-figures";
import { approximateTextWidth } from "../../export/text-layout";

/** The test figure with its agreements hatched, in the legend as in the bars. */
function textured(): ColumnsFigure {
  const f = makeColumnsFigure();
  const series = f.series.map((s) => ({
    ...s,
    pattern: s.key === "agreement" ? ("diagonal" as const) : ("solid" as const),
  }));
  return {
    ...f,
    series,
    legend: series.map((s) => ({
      label: s.label,
      color: s.color,
      pattern: s.pattern,
      shape: "square" as const,
    })),
  };
}

describe("fill patterns", () => {
  it("give a solid fill no marks, and the others their lines or dots in a tile", () => {
    expect(patternMarks("solid", 10)).toBeNull();
    expect(patternMarks("horizontal", 10)).toEqual({ d: "M0 5H10", mode: "stroke", width: 2.2 });
    expect(patternMarks("grid", 10)).toEqual({
      d: "M0 5H10M5 0V10",
      mode: "stroke",
      width: 1.65,
    });
    expect(patternMarks("checker", 10)).toEqual({
      d: "M0 0H5V5H0ZM5 5H10V10H5Z",
      mode: "fill",
      width: 0,
    });
  });

  it("write a <pattern> of hex colours: the tile in the colour, the marks in the background", () => {
    expect(fillPatternDef("p-agreement", "vertical", "#b35900", "#ffffff", 10)).toBe(
      '<pattern id="p-agreement" patternUnits="userSpaceOnUse" width="10" height="10">' +
        '<rect width="10" height="10" fill="#b35900"/>' +
        '<path d="M5 0V10" fill="none" stroke="#ffffff" stroke-width="2.2"/></pattern>',
    );
    expect(patternFill("solid", "#0072b2", "x")).toBe("#0072b2");
    expect(patternFill(undefined, "#0072b2", "x")).toBe("#0072b2");
    expect(patternFill("dots", "#0072b2", "x")).toBe("url(#x)");
  });

  it("fill a textured series' bars with its pattern and leave the solid one its colour", () => {
    const svg = drawColumns(
      textured(),
      { x: 60, y: 200, width: 1800, height: 600 },
      makeDrawContext(),
    );
    const id = "documents-by-year-p0-60-200-agreement";
    expect(svg).toContain(
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="11" height="11">`,
    );
    expect(svg).toContain('<rect width="11" height="11" fill="#b35900"/>');
    const fills = [
      ...svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="[^"]+" fill="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(new Set(fills)).toEqual(new Set(["#0072b2", `url(#${id})`]));
  });

  it("texture the legend's swatch as its series, with an id of its own", () => {
    const [page] = composeFigure(textured(), {
      target: "slide-16x9",
      width: 720,
      theme: "light",
      background: "light",
      words: TEST_WORDS.en,
      measure: approximateTextWidth,
    }).pages;
    const svg = page!.svg;
    expect(svg).toContain('<pattern id="documents-by-year-p0-0-0-legend-1"');
    expect(svg).toMatch(/<rect [^>]*fill="url\(#documents-by-year-p0-0-0-legend-1\)" rx="2"\/>/);
    // Every pattern id is defined once in the file.
    const ids = [...svg.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
