import { describe, expect, it } from "vitest";
import { figureFileName, isoDay, slugify } from "./file-name";

const date = new Date(2026, 10, 27, 15, 30);

describe("figureFileName", () => {
  it("names a PNG from the title, today's date and the scale", () => {
    expect(figureFileName("Investment by sector", { date, format: "png", scale: 2 })).toBe(
      "investment-by-sector_2026-11-27@2x.png",
    );
  });

  it("names the size preset, and gives SVG no scale", () => {
    expect(
      figureFileName("Investment by sector", {
        date,
        format: "png",
        scale: 3,
        preset: "slide-16x9",
      }),
    ).toBe("investment-by-sector_slide-16x9_2026-11-27@3x.png");
    expect(figureFileName("Investment by sector", { date, format: "svg" })).toBe(
      "investment-by-sector_2026-11-27.svg",
    );
  });

  it("keeps only letters and digits, spelling out & and dropping accents", () => {
    expect(slugify("Industrial cooperation & SEZs (2015–2020)")).toBe(
      "industrial-cooperation-and-sezs-2015-2020",
    );
    expect(slugify("Café — Gwadar")).toBe("cafe-gwadar");
    expect(slugify("!!!")).toBe("figure");
    expect(slugify("a".repeat(100)).length).toBe(80);
  });

  it("writes the local date with zero padding", () => {
    expect(isoDay(new Date(2027, 0, 5))).toBe("2027-01-05");
  });
});
