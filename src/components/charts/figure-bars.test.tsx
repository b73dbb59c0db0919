import { render } from "@testing-library/react";
import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import urFigure from "@/locales/ur/figure.json";
import { makeBarsFigure } from "@/lib/figure/svg/test-figures";
import { FigureBars } from "./figure-bars";
import { wrapLabel } from "./tick-text";

function texts(container: HTMLElement): string[] {
  return [...container.querySelectorAll("svg text")].map((t) => t.textContent ?? "");
}

describe("FigureBars", () => {
  beforeAll(() => {
    // The figure's words come in its own language, whatever the interface's.
    i18n.addResourceBundle("ur", "translation", urFigure, true, true);
  });

  it("writes “not reported” where a row without a value would start, and draws it no bar", () => {
    const { container } = render(<FigureBars figure={makeBarsFigure("en")} />);
    const written = texts(container);
    // The six rows' value labels: five values and the one not reported (Agriculture's).
    expect(written.filter((t) => t === "not reported")).toHaveLength(1);
    // Values are isolated (U+2068 … U+2069) so they keep their direction in Urdu.
    const values = [...container.querySelectorAll("[data-bars] text")].map((t) => t.textContent);
    expect(values).toEqual([
      ...["US$17.8bn", "US$11bn", "US$1.91bn", "US$640m", "US$231m"].map((v) => `\u2068${v}\u2069`),
      "not reported",
    ]);
    // Five bars, one for each reported value; none of zero length for Agriculture.
    expect(container.querySelectorAll("[data-bar]")).toHaveLength(5);
    const words = [...container.querySelectorAll("svg text")].find(
      (t) => t.textContent === "not reported",
    )!;
    // Beside the value axis's zero (left in English), in the last of six equal rows.
    expect(words.getAttribute("text-anchor")).toBe("start");
  });

  it("writes the words in Urdu, anchored to the right where the bars grow leftwards", () => {
    const { container } = render(<FigureBars figure={makeBarsFigure("ur")} />);
    const words = [...container.querySelectorAll("svg text")].filter(
      (t) => t.textContent === "رپورٹ نہیں ہوا",
    );
    expect(words).toHaveLength(1);
    expect(words[0]!.getAttribute("text-anchor")).toBe("end");
  });

  it("draws each bar as long as its value against the axis's nice top", () => {
    const { container } = render(<FigureBars figure={makeBarsFigure("en")} />);
    const ends = [...container.querySelectorAll("[data-bar]")].map((bar) => {
      const d = bar.getAttribute("d")!;
      const [, start] = /^M([\d.]+),/.exec(d)!;
      const [, far] = /H([\d.]+)a/.exec(d)!;
      return Number(far) + 3 - Number(start);
    });
    // 17.8bn is the largest; the others in proportion to it.
    expect(ends[1]! / ends[0]!).toBeCloseTo(11 / 17.8, 2);
    expect(ends[4]! / ends[0]!).toBeCloseTo(0.231 / 17.8, 2);
  });

  it("sets the names in a column as wide as the longest needs, up to 190 px, wrapping the longer", () => {
    const { container } = render(<FigureBars figure={makeBarsFigure("en")} />);
    const names = [...container.querySelectorAll("[data-axis=category] text")];
    const lines = names.map((n) => [...n.querySelectorAll("tspan")].map((s) => s.textContent));
    expect(lines[0]).toEqual(["Energy"]);
    expect(lines[1]).toEqual(["Transport infrastructure"]);
    // 49 glyphs would need 353 px: the column stops at 190 px, the name wraps in 178 px lines
    expect(lines[3]).toEqual(["Industrial cooperation", "and special economic", "zones"]);
    // The names end 8 px before the bars, which start at 8 + 190 px
    expect(names.map((n) => n.getAttribute("x"))).toEqual(names.map(() => "190"));
  });

  it("wraps a long name at spaces, and Chinese between characters", () => {
    expect(wrapLabel("Social-economic development", 100)).toEqual([
      "Social-economic",
      "development",
    ]);
    expect(wrapLabel("Energy", 100)).toEqual(["Energy"]);
    expect(wrapLabel("Operational", 40)).toEqual(["Operational"]);
    // 18 glyphs at 7.2 px fill a 129.6 px line exactly
    expect(wrapLabel("Under construction", 129.6)).toEqual(["Under construction"]);
    // 12 px a character: 8 to a 100 px line
    expect(wrapLabel("瓜达尔港及自由区建设项目", 100)).toEqual(["瓜达尔港及自由区", "建设项目"]);
  });
});
