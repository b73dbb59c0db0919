import { render } from "@testing-library/react";
import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import urFigure from "@/locales/ur/figure.json";
import { makeBarsFigure } from "@/lib/figure/svg/test-figures";
import { FigureBars } from "./figure-bars";

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
    expect(written.slice(-5)).toEqual(
      ["US$17.8bn", "US$11bn", "US$1.91bn", "US$640m", "US$231m"].map((v) => `\u2068${v}\u2069`),
    );
    // Five bars, one for each reported value; none of zero length for Agriculture.
    expect(container.querySelectorAll(".recharts-bar-rectangle")).toHaveLength(5);
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
});
