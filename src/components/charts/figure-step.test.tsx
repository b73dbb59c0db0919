import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeStepFigure } from "@/lib/figure/svg/test-figures";
import { FigureStep } from "./figure-step";

describe("FigureStep", () => {
  it("runs to the data-as-of day, ticks each year it shows, and labels the last value", () => {
    const figure = makeStepFigure("en", {
      points: [
        { year: 2017, value: 1320 },
        { year: 2020, value: 8501 },
      ],
      years: { from: 2016, to: 2021.5 },
    });
    const { container } = render(<FigureStep figure={figure} />);
    const years = [...container.querySelectorAll(".recharts-xAxis-tick-labels text")].map(
      (t) => t.textContent,
    );
    expect(years).toEqual(["2016", "2017", "2018", "2019", "2020", "2021"]);
    const labels = [...container.querySelectorAll(".recharts-label-list text")].map(
      (t) => t.textContent,
    );
    // Only the last step's value is written, once, at its end.
    expect(labels).toEqual(["\u20688,501\u2069"]);
  });
});
