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
