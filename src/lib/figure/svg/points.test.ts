import { describe, expect, it } from "vitest";
import { dateTime, drawPoints } from "./points";
import { makeDrawContext, makePointsFigure, textsOf } from "./test-figures";

const area = { x: 60, y: 200, width: 1800, height: 600 };

describe("drawPoints", () => {
  it("draws each point in its group's colour, joined only within the group", () => {
    const svg = drawPoints(makePointsFigure(), area, makeDrawContext());
    const circles = [...svg.matchAll(/<circle [^>]*fill="([^"]+)"/g)].map((m) => m[1]);
    expect(circles).toEqual(["#0072b2", "#0072b2", "#0072b2", "#b35900", "#b35900"]);
    const lines = [...svg.matchAll(/<polyline points="([^"]+)" fill="none" stroke="([^"]+)"/g)];
    expect(lines.map((m) => [m[1]!.split(" ").length, m[2]])).toEqual([
      [3, "#0072b2"],
      [2, "#b35900"],
    ]);
  });

  it("draws no line for a group of one point", () => {
    const figure = makePointsFigure();
    const one = { ...figure, points: figure.points.filter((p) => p.id !== "p5") };
    const svg = drawPoints(one, area, makeDrawContext());
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });

  it("labels the years of the axis", () => {
    const texts = textsOf(drawPoints(makePointsFigure(), area, makeDrawContext()));
    expect(texts.filter((t) => /^\d{4}$/.test(t.text)).map((t) => t.text)).toEqual(
      Array.from({ length: 8 }, (_, i) => String(2015 + i)),
    );
    expect(texts.filter((t) => t.anchor === "end").map((t) => t.text)).toEqual([
      "US$0",
      "US$10bn",
      "US$20bn",
      "US$30bn",
      "US$40bn",
      "US$50bn",
      "US$60bn",
      "US$70bn",
    ]);
  });
});

describe("dateTime", () => {
  it("puts a partial date in the middle of its period", () => {
    expect(dateTime("2017")).toBe(Date.UTC(2017, 6, 2, 12));
    expect(dateTime("2016-06")).toBe(Date.UTC(2016, 5, 16));
    expect(dateTime("2020-11-02")).toBe(Date.UTC(2020, 10, 2, 12));
    expect(() => dateTime("soon")).toThrow("Not a date: “soon”");
  });
});
