import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../export/text-layout";
import { drawStep } from "./step";
import { makeDrawContext, makeStepFigure, textsOf } from "./test-figures";

const area = { x: 60, y: 200, width: 1800, height: 600 };

describe("drawStep", () => {
  it("draws the last step to the end of the axis and writes its value there", () => {
    const svg = drawStep(makeStepFigure(), area, makeDrawContext());
    const line = svg.match(/<path d="([^"]+)" fill="none" stroke="#00805d"/)![1]!;
    const grid = [...svg.matchAll(/<line x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)"/g)];
    const plotRight = +grid[0]![2]!;
    expect(line.endsWith(`H${plotRight}`)).toBe(true);
    const last = textsOf(svg).find((t) => t.text === "10,624")!;
    expect([last.anchor, last.x]).toEqual(["end", plotRight - 22 * 0.3]);
  });

  it("runs the last step through the data-as-of day, on the shared time axis", () => {
    // As of 26 Sept 2025 (2025.737), on an axis shared with a sibling that starts in 2014.
    const figure = makeStepFigure("en", {
      points: [
        { year: 2017, value: 1320 },
        { year: 2025, value: 8501 },
      ],
      years: { from: 2014, to: 2025.737 },
    });
    const svg = drawStep(figure, area, makeDrawContext());
    const line = svg.match(/<path d="([^"]+)" fill="none" stroke="#00805d"/)![1]!;
    const grid = [...svg.matchAll(/<line x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)"/g)];
    const [plotLeft, plotRight] = [+grid[0]![1]!, +grid[0]![2]!];
    const x = (year: number) => plotLeft + ((year - 2014) / 11.737) * (plotRight - plotLeft);
    // The line starts at 2017 (not at the axis's start) and ends at the as-of day, the axis's end.
    expect(line.startsWith(`M${Math.round(x(2017) * 10) / 10} `)).toBe(true);
    expect(line.endsWith(`H${plotRight}`)).toBe(true);
    const years = textsOf(svg).filter((t) => /^\d{4}$/.test(t.text));
    expect(years.map((t) => t.text)).toEqual(
      Array.from({ length: 12 }, (_, i) => String(2014 + i)),
    );
    // 2025's label sits in the middle of the part of 2025 shown, up to the as-of day.
    expect(years.at(-1)!.x).toBeCloseTo(x((2025 + 2025.737) / 2), 1);
    const label = textsOf(svg).find((t) => t.text === "8,501")!;
    expect([label.anchor, label.x]).toEqual(["end", plotRight - 22 * 0.3]);
  });

  it("gives the value axis the room of its widest label", () => {
    for (const [lang, fontSize, widest] of [
      ["en", 22, "12,000"],
      ["en", 12, "11,000"],
    ] as const) {
      const svg = drawStep(makeStepFigure(lang), area, makeDrawContext(lang, { fontSize }));
      const ticks = textsOf(svg).filter(
        (t) => /^[\d,]+$/.test(t.text) && t.anchor === "end" && t.text !== "10,624",
      );
      expect(ticks[ticks.length - 1]!.text).toBe(widest);
      for (const t of ticks)
        expect(
          t.x - approximateTextWidth(t.text, { size: fontSize, weight: 400 }),
        ).toBeGreaterThanOrEqual(area.x);
    }
  });

  it("labels every year on a slide, the axis on the right in Urdu", () => {
    const en = textsOf(drawStep(makeStepFigure(), area, makeDrawContext()));
    expect(en.filter((t) => /^\d{4}$/.test(t.text)).map((t) => t.text)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(2015 + i)),
    );
    const ur = textsOf(drawStep(makeStepFigure("ur"), area, makeDrawContext("ur")));
    const ticks = ur.filter((t) => /^\u2067[\d,]+\u2069$/.test(t.text));
    expect(ticks).toHaveLength(7);
    for (const t of ticks) {
      expect(t.anchor).toBe("start");
      const digits = t.text.slice(1, -1);
      expect(t.x + approximateTextWidth(digits, { size: 22, weight: 400 })).toBeLessThanOrEqual(
        area.x + area.width,
      );
    }
  });
});
