import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { makeDataset, makeProject } from "@/data/fixtures";
import { buildMapFigure } from "../build/map";
import { svgProblems, svgTexts, testDrawContext, testFigureContext } from "../figure-test-support";
import { toGeography } from "../geo";
import { drawMapBody, mapRadius } from "./map";

const boundaries = toGeography(
  JSON.parse(
    readFileSync(resolve(__dirname, "../../../../public/data/pakistan.topo.json"), "utf8"),
  ) as Topology,
);
const dataset = makeDataset({
  projects: [
    makeProject({ id: "big", cost: { usdMillions: 2000, stage: "final", asOf: "2017" } }),
    makeProject({
      id: "small",
      provinces: ["sindh"],
      location: { precision: "town", point: { lat: 24.9, lon: 67.1, name: "Karachi" } },
      cost: { usdMillions: 5, stage: "final", asOf: "2017" },
    }),
  ],
});
const slide = { x: 64, y: 330, width: 1792, height: 660 };
const square = { x: 64, y: 300, width: 1072, height: 780 };

function build(lang: string) {
  return buildMapFigure(dataset, testFigureContext(lang), {
    size: "cost",
    shade: "investment",
    view: null,
    boundaries,
  });
}

describe("drawMapBody", () => {
  for (const lang of ["en", "ur", "zh"])
    for (const [name, area] of [
      ["16:9", slide],
      ["square", square],
    ] as const)
      it(`draws hex colours and text at the base size or more, no foreignObject (${lang}, ${name})`, () => {
        const ctx = testDrawContext(lang, { fontSize: 18 });
        expect(svgProblems(drawMapBody(build(lang), area, ctx), 18)).toEqual([]);
      });

  it("keys the sizes with the figure's values, beside the map on a wide slide", () => {
    const ctx = testDrawContext("en", { fontSize: 18 });
    const texts = svgTexts(drawMapBody(build("en"), slide, ctx));
    const key = ["US$2bn", "US$500m", "US$100m"].map((v) => texts.find((t) => t.text === v)!);
    expect(key.every(Boolean)).toBe(true);
    for (const t of key) expect(t.x).toBeLessThanOrEqual(slide.x + slide.width);
    // each unit's name inside it: broken in two, or abbreviated, where it would not fit whole
    expect(texts.map((t) => t.text)).toEqual(
      expect.arrayContaining(["Punjab", "Sindh", "Balochistan", "Gilgit-", "Baltistan", "AJK"]),
    );
  });

  it("keeps the key inside the rectangle when it must sit over the map", () => {
    const ctx = testDrawContext("en", { fontSize: 18 });
    for (const t of svgTexts(drawMapBody(build("en"), square, ctx))) {
      expect(t.y).toBeLessThanOrEqual(square.y + square.height);
      expect(t.y).toBeGreaterThanOrEqual(square.y);
    }
  });

  it("draws projects sharing a place as one count bubble, spread when the reader zoomed in", () => {
    const gwadar = (id: string) =>
      makeProject({
        id,
        provinces: ["balochistan"],
        location: { precision: "town", point: { lat: 25.1264, lon: 62.3225, name: "Gwadar" } },
        cost: null,
      });
    const shared = makeDataset({ projects: [gwadar("g1"), gwadar("g2"), gwadar("g3")] });
    const ctx = testDrawContext("en", { fontSize: 18 });
    const draw = (view: { zoom: number; centre: [number, number] } | null) =>
      drawMapBody(
        buildMapFigure(shared, testFigureContext("en"), {
          size: "cost",
          shade: "investment",
          view,
          boundaries,
        }),
        slide,
        ctx,
      );
    const whole = draw(null);
    expect(whole.match(/data-site="(\d+)"/g)).toEqual(['data-site="3"']);
    expect(svgTexts(whole).filter((t) => t.text === "3")).toHaveLength(1);
    expect(whole.match(/<circle [^>]*fill="none"/g) ?? []).toHaveLength(0);
    const zoomed = draw({ zoom: 3, centre: [62.5, 25.5] });
    expect(zoomed).not.toContain("data-site");
    // three rings (town precision), fanned out around Gwadar
    expect(zoomed.match(/<circle [^>]*fill="none"[^>]*stroke-width/g)).toHaveLength(3);
  });

  it("keys the several-provinces total with a hatched swatch on the shading scale", () => {
    const ctx = testDrawContext("en", { fontSize: 18 });
    const body = drawMapBody(build("en"), slide, ctx);
    expect(body).not.toContain("Several provinces");
    const several = makeDataset({
      projects: [
        makeProject({
          id: "road",
          provinces: ["punjab", "sindh"],
          cost: { usdMillions: 900, stage: "final", asOf: "2019" },
        }),
      ],
    });
    const withSeveral = drawMapBody(
      buildMapFigure(several, testFigureContext("en"), {
        size: "cost",
        shade: "investment",
        view: null,
        boundaries,
      }),
      slide,
      ctx,
    );
    expect(svgTexts(withSeveral).map((t) => t.text)).toEqual(
      expect.arrayContaining(["Several provinces: US$900m (1 project)"]),
    );
    expect(withSeveral).toMatch(/<pattern id="[^"]*-several"/);
  });

  it("writes the Chinese key and the boundaries note with Chinese punctuation", () => {
    const several = makeDataset({
      projects: [
        makeProject({
          id: "road",
          provinces: ["punjab", "sindh"],
          cost: { usdMillions: 900, stage: "final", asOf: "2019" },
        }),
        makeProject({ id: "big", cost: { usdMillions: 2000, stage: "final", asOf: "2017" } }),
      ],
    });
    const figure = buildMapFigure(several, testFigureContext("zh"), {
      size: "cost",
      shade: "investment",
      view: null,
      boundaries,
    });
    const texts = svgTexts(drawMapBody(figure, slide, testDrawContext("zh", { fontSize: 18 })));
    const words = texts.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(["跨多个省份：9亿美元（1 个项目）"]));
    expect(words.filter((w) => w.includes("至")).length).toBeGreaterThan(0);
    expect(words.filter((w) => /: |[()]|\d–/.test(w))).toEqual([]);
    expect(figure.notes[0]).toMatch(/^关于边界：边界按实际控制范围绘制/);
  });

  it("widens the key beside the map so that each Urdu class range stays on one line", () => {
    const ctx = testDrawContext("ur", { fontSize: 25 });
    const texts = svgTexts(drawMapBody(build("ur"), { x: 0, y: 0, width: 1250, height: 583 }, ctx));
    const ranges = texts.map((t) => t.text).filter((t) => t.includes("–"));
    expect(ranges).toEqual([
      "0 ڈالر–50 کروڑ ڈالر",
      "50 کروڑ ڈالر–1 ارب ڈالر",
      "1 ارب ڈالر–1.5 ارب ڈالر",
      "1.5 ارب ڈالر–2 ارب ڈالر",
    ]);
  });

  it("sizes markers by area, and keeps the smallest visible", () => {
    expect(mapRadius(2000, 2000, 40, 18)).toBe(40);
    expect(mapRadius(500, 2000, 40, 18)).toBe(20);
    expect(mapRadius(5, 2000, 40, 18)).toBeCloseTo(0.38 * 18, 10);
    expect(mapRadius(null, 2000, 40, 18)).toBeCloseTo(0.32 * 18, 10);
  });
});
