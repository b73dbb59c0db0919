import { describe, expect, it } from "vitest";
import { drawBars, layoutBars } from "./bars";
import { makeBarsFigure, makeDrawContext } from "./test-figures";

const area = { x: 60, y: 200, width: 1800, height: 600 };
const rects = (svg: string) =>
  [
    ...svg.matchAll(
      /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="([^"]+)"/g,
    ),
  ].map((m) => ({ x: +m[1]!, width: +m[2]!, fill: m[3]! }));

describe("drawBars", () => {
  it("draws a bar for each reported value and writes the rest as not reported", () => {
    const svg = drawBars(makeBarsFigure(), area, makeDrawContext());
    expect(rects(svg).map((r) => r.fill)).toEqual([
      "#0072b2",
      "#b35900",
      "#00805d",
      "#b4558a",
      "#2a7fb8",
    ]);
    expect(svg.match(/>not reported</g)).toHaveLength(1);
    for (const label of ["US$17.8bn", "US$11bn", "US$1.91bn", "US$640m", "US$231m"])
      expect(svg).toContain(`>${label}</text>`);
  });

  it("draws no bar at all when nothing is reported", () => {
    const figure = makeBarsFigure("en");
    const none = { ...figure, bars: figure.bars.map((b) => ({ ...b, value: null })) };
    const svg = drawBars(none, area, makeDrawContext());
    expect(rects(svg)).toEqual([]);
    expect(svg.match(/>not reported</g)).toHaveLength(6);
  });

  it("scales the bars to the longest, which fills the room left by labels and values", () => {
    const figure = makeBarsFigure();
    const ctx = makeDrawContext();
    const layout = layoutBars(figure, area, ctx);
    const [energy, transport] = rects(drawBars(figure, area, ctx));
    expect(energy!.x).toBe(Math.round(layout.barStart * 10) / 10);
    expect(energy!.width).toBe(Math.round(layout.barRoom * 10) / 10);
    expect(transport!.width).toBe(Math.round((11_020 / 17_840.5) * layout.barRoom * 10) / 10);
  });

  it("grows the bars leftwards from the labels on the right in Urdu", () => {
    const ctx = makeDrawContext("ur");
    const figure = makeBarsFigure("ur");
    const layout = layoutBars(figure, area, ctx);
    const svg = drawBars(figure, area, ctx);
    expect(layout.labels.x + layout.labels.width).toBe(area.x + area.width);
    for (const r of rects(svg)) expect(Math.round(r.x + r.width)).toBe(Math.round(layout.barStart));
    expect(svg).toContain(`<text x="1860" y="`);
    expect(svg).toContain(`text-anchor="end">\u2067توانائی\u2069</text>`);
    expect(svg).toContain(`>\u2067رپورٹ نہیں ہوا\u2069</text>`);
  });
});

describe("layoutBars", () => {
  it.each([
    ["a slide", area],
    ["a narrow screen", { x: 16, y: 100, width: 420, height: 400 }],
  ])("keeps every label inside its column on %s, wrapped, never cut", (_name, rect) => {
    const ctx = makeDrawContext("en", { fontSize: rect.width < 500 ? 12 : 22 });
    const figure = makeBarsFigure();
    const layout = layoutBars(figure, rect, ctx);
    layout.rows.forEach((row, i) => {
      expect(row.lines.join(" ")).toBe(figure.bars[i]!.label);
      for (const l of row.lines)
        expect(ctx.measure(l, { size: ctx.fontSize, weight: 400 })).toBeLessThanOrEqual(
          layout.labels.width,
        );
    });
    const gap = Math.round(ctx.fontSize * 0.6);
    expect(layout.labels.width + gap + layout.barRoom + layout.valueRoom).toBeLessThanOrEqual(
      rect.width,
    );
    const last = layout.rows[layout.rows.length - 1]!;
    expect(last.top + last.height).toBeLessThanOrEqual(rect.y + rect.height + 1e-9);
  });

  it("wraps the longest label on a narrow screen", () => {
    const ctx = makeDrawContext("en", { fontSize: 12 });
    const layout = layoutBars(makeBarsFigure(), { x: 16, y: 100, width: 420, height: 400 }, ctx);
    // The column is 38 % of 420 px; at 12 px the estimate gives 6.72 px a glyph.
    expect(layout.labels.width).toBe(159.6);
    expect(layout.rows[3]!.lines).toEqual([
      "Industrial cooperation",
      "and special economic",
      "zones",
    ]);
  });
});
