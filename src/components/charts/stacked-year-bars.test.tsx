import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StackedYearBars } from "./stacked-year-bars";

type Row = { year: number; a: number; b: number };

const row = (year: number, a: number, b: number): Row => ({ year, a, b });

function draw(rows: Row[], valueAxisRight = false, formatYear = (y: number) => `y${y}`) {
  const { container } = render(
    <StackedYearBars
      rows={rows}
      series={[
        { key: "a", color: "var(--chart-1)" },
        { key: "b", color: "var(--chart-2)" },
      ]}
      total={(r) => r.a + r.b}
      height={300}
      axisWidth={36}
      valueAxisRight={valueAxisRight}
      formatValue={(v) => `n${v}`}
      formatYear={formatYear}
    />,
  );
  const svg = container.querySelector("svg")!;
  const bars = (year: number) =>
    [...svg.querySelectorAll(`[data-year="${year}"] rect`)].map((r) => ({
      series: r.getAttribute("data-series"),
      height: Number(r.getAttribute("height")),
      y: Number(r.getAttribute("y")),
    }));
  const texts = (selector: string) => [...svg.querySelectorAll(selector)].map((t) => t.textContent);
  return { svg, bars, texts };
}

describe("StackedYearBars", () => {
  it("stacks each year's series from the bottom, in proportion, with the total on top", () => {
    // 300 high: the plot runs from 20 to 276, 256 px for the axis's 0–4.
    const { bars, texts } = draw([row(2014, 2, 1), row(2015, 0, 4)]);
    expect(bars(2014)).toEqual([
      { series: "a", height: 128, y: 148 },
      { series: "b", height: 64, y: 84 },
    ]);
    // A series with nothing that year draws nothing.
    expect(bars(2015)).toEqual([{ series: "b", height: 256, y: 20 }]);
    expect(texts("[data-total]")).toEqual(["n3", "n4"]);
    expect(texts('[data-axis="value"] text')).toEqual(["n0", "n1", "n2", "n3", "n4"]);
    expect(texts('[data-axis="year"] text')).toEqual(["y2014", "y2015"]);
  });

  it("writes every other year when the years do not fit, and counts in whole numbers", () => {
    // 640 wide less the axes: 596 px for 20 years, under 40 px each.
    const rows = Array.from({ length: 20 }, (_, i) => row(2000 + i, 1, 0));
    const { texts } = draw(rows);
    expect(texts('[data-axis="year"] text')).toEqual(
      Array.from({ length: 10 }, (_, i) => `y${2000 + 2 * i}`),
    );
    expect(texts('[data-axis="value"] text')).toEqual(["n0", "n1"]);
  });

  it("thins wider labels sooner: Chinese years take more room than Latin ones", () => {
    // 12 years in 596 px: about 50 px each, room for "y2000" but not for "2000年".
    const rows = Array.from({ length: 12 }, (_, i) => row(2000 + i, 1, 0));
    expect(draw(rows).texts('[data-axis="year"] text')).toHaveLength(12);
    const chinese = draw(rows, false, (y) => `${y}年`).texts('[data-axis="year"] text');
    expect(chinese).toEqual(["2000年", "2002年", "2004年", "2006年", "2008年", "2010年"]);
  });

  it("puts the value axis on the right when asked (Urdu), the years still left to right", () => {
    const { svg } = draw([row(2014, 1, 0), row(2015, 2, 0)], true);
    const axisX = Number(svg.querySelector('[data-axis="value"] text')!.getAttribute("x"));
    const barsRight = Math.max(
      ...[...svg.querySelectorAll("[data-year] rect")].map(
        (r) => Number(r.getAttribute("x")) + Number(r.getAttribute("width")),
      ),
    );
    expect(axisX).toBeGreaterThan(barsRight);
    const years = [...svg.querySelectorAll('[data-axis="year"] text')].map((t) => ({
      text: t.textContent,
      x: Number(t.getAttribute("x")),
    }));
    expect(years[0]!.x).toBeLessThan(years[1]!.x);
    expect(years.map((y) => y.text)).toEqual(["y2014", "y2015"]);
  });

  it("fills a textured series with its pattern, the tile in its colour", () => {
    const { container } = render(
      <StackedYearBars
        rows={[row(2014, 2, 1)]}
        series={[
          { key: "a", color: "var(--chart-1)" },
          { key: "b", color: "var(--chart-2)", pattern: "dots" },
        ]}
        total={(r) => r.a + r.b}
        height={300}
        axisWidth={36}
        valueAxisRight={false}
        formatValue={(v) => `n${v}`}
        formatYear={(y) => `y${y}`}
      />,
    );
    const pattern = container.querySelector("defs pattern")!;
    expect(pattern.querySelector("rect")!.getAttribute("fill")).toBe("var(--chart-2)");
    const fill = (series: string) =>
      container.querySelector(`rect[data-series="${series}"]`)!.getAttribute("fill");
    expect(fill("a")).toBe("var(--chart-1)");
    expect(fill("b")).toBe(`url(#${pattern.id})`);
  });
});
