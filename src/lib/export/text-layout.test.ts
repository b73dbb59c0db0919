import { describe, expect, it } from "vitest";
import { wrapText, type TextMeasurer } from "./text-layout";

// One unit per character makes the widths exact.
const measure: TextMeasurer = (text) => text.length;
const style = { size: 10, weight: 400 } as const;

describe("wrapText", () => {
  it("wraps at spaces", () => {
    expect(wrapText("Investment by sector and year", 14, style, measure)).toEqual([
      "Investment by",
      "sector and",
      "year",
    ]);
  });

  it("breaks a long URL after its last /, ?, & or = that fits", () => {
    expect(wrapText("View: https://a.example/?view=map&sector=energy", 24, style, measure)).toEqual(
      ["View:", "https://a.example/?view=", "map&sector=energy"],
    );
  });
});
