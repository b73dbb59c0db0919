import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { geoPath } from "d3-geo";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { DATA_FRAME, MAP_EXTENT, provinceAt, toGeography } from "@/lib/figure/geo";
import { zoomIdentity } from "d3-zoom";
import {
  makeProjection,
  mapSize,
  showsOnlySea,
  transformToView,
  viewToTransform,
} from "./geography";

const topo = JSON.parse(
  readFileSync(resolve(__dirname, "../../../public/data/pakistan.topo.json"), "utf8"),
) as Topology;
const geo = toGeography(topo);

describe("the bundled boundaries", () => {
  it("hold the seven provinces and territories and the neighbours", () => {
    expect(geo.units.map((u) => u.province).sort()).toEqual([
      "azad-jammu-kashmir",
      "balochistan",
      "gilgit-baltistan",
      "islamabad",
      "khyber-pakhtunkhwa",
      "punjab",
      "sindh",
    ]);
    expect(geo.neighbours.map((n) => n.properties.name)).toContain("Afghanistan");
    expect(geo.neighbours).toHaveLength(11);
  });

  it("yield a Line of Control and a Siachen line to draw dashed", () => {
    expect(geo.lineOfControl.coordinates.length).toBeGreaterThan(0);
    expect(geo.siachenLine.coordinates.length).toBeGreaterThan(0);
  });

  it.each([
    ["Lahore", 31.55, 74.34, "punjab"],
    ["Karachi", 24.86, 67.01, "sindh"],
    ["Peshawar", 34.01, 71.58, "khyber-pakhtunkhwa"],
    ["Quetta", 30.18, 66.99, "balochistan"],
    ["Gwadar", 25.12, 62.33, "balochistan"],
    ["Gilgit", 35.92, 74.31, "gilgit-baltistan"],
    ["Muzaffarabad", 34.37, 73.47, "azad-jammu-kashmir"],
    ["Islamabad", 33.69, 73.05, "islamabad"],
  ] as const)("place %s in the right unit", (_, lat, lon, province) => {
    expect(provinceAt(geo, [lon, lat])).toBe(province);
  });

  it("place Kabul and Delhi in no unit", () => {
    expect(provinceAt(geo, [69.17, 34.53])).toBeNull();
    expect(provinceAt(geo, [77.21, 28.61])).toBeNull();
  });
});

describe("the projection", () => {
  const width = 800;
  const height = 736;

  it("fits the extent inside the box, and every unit with it", () => {
    const projection = makeProjection(width, height, { zoom: 1, centre: null });
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({
      type: "FeatureCollection",
      features: geo.units,
    });
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(width);
    expect(y1).toBeLessThanOrEqual(height);
    // the extent fills the box in one direction (inside a 4 px margin) and fits in the other
    const [wx, ny] = projection([MAP_EXTENT.west, MAP_EXTENT.north])!;
    const [ex, sy] = projection([MAP_EXTENT.east, MAP_EXTENT.south])!;
    expect(Math.round(sy - ny)).toBe(height - 8);
    expect(ex - wx).toBeLessThanOrEqual(width - 8);
  });

  it("never sizes the map wider than the boundary data reaches", () => {
    expect(mapSize(390)).toEqual({ width: 390, height: 359 });
    const wide = mapSize(1600);
    expect(wide.height).toBe(720);
    expect(wide.width).toBeLessThan(1600);
    const projection = makeProjection(wide.width, wide.height, { zoom: 1, centre: null });
    // the data covers the whole width: its west edge at or left of 0, its east edge at or right of the width
    expect(projection([DATA_FRAME.west, 30])![0]).toBeLessThanOrEqual(0.5);
    expect(projection([DATA_FRAME.east, 30])![0]).toBeGreaterThanOrEqual(wide.width - 0.5);
  });

  it("projects each town inside its own unit's drawn shape", () => {
    const projection = makeProjection(width, height, { zoom: 1, centre: null });
    const path = geoPath(projection);
    for (const [lon, lat, province] of [
      [74.34, 31.55, "punjab"],
      [62.33, 25.12, "balochistan"],
      [73.05, 33.69, "islamabad"],
    ] as const) {
      const unit = geo.units.find((u) => u.province === province)!;
      const [[x0, y0], [x1, y1]] = path.bounds(unit);
      const [x, y] = projection([lon, lat])!;
      expect(x).toBeGreaterThanOrEqual(x0);
      expect(x).toBeLessThanOrEqual(x1);
      expect(y).toBeGreaterThanOrEqual(y0);
      expect(y).toBeLessThanOrEqual(y1);
    }
  });

  it("puts the chosen centre in the middle when zoomed", () => {
    const projection = makeProjection(width, height, { zoom: 4, centre: [73.05, 33.69] });
    const [x, y] = projection([73.05, 33.69])!;
    expect(x).toBeCloseTo(width / 2, 6);
    expect(y).toBeCloseTo(height / 2, 6);
  });

  it("turns a zoom and centre into d3-zoom's transform of the fitted map and back", () => {
    const base = makeProjection(width, height, { zoom: 1, centre: null });
    const view = { zoom: 2.5, centre: [70, 30] as [number, number] };
    const t = viewToTransform(view, base, width, height);
    const zoomed = makeProjection(width, height, view);
    // the transformed fitted map is the map drawn at that zoom
    for (const place of [
      [74.34, 31.55],
      [62.33, 25.12],
    ] as const) {
      const [x, y] = t.apply(base([place[0], place[1]])!);
      const [zx, zy] = zoomed([place[0], place[1]])!;
      expect(x).toBeCloseTo(zx, 6);
      expect(y).toBeCloseTo(zy, 6);
    }
    const back = transformToView(t, base, width, height);
    expect(back.zoom).toBe(2.5);
    expect(back.centre![0]).toBeCloseTo(70, 9);
    expect(back.centre![1]).toBeCloseTo(30, 9);
    // zoom 1 is the whole map: no centre to keep in the address
    expect(transformToView(zoomIdentity, base, width, height)).toEqual({ zoom: 1, centre: null });
    expect(viewToTransform({ zoom: 1, centre: [70, 30] }, base, width, height)).toBe(zoomIdentity);
  });

  it("keeps the place under the pointer still while zooming about it", () => {
    const base = makeProjection(width, height, { zoom: 1, centre: null });
    const before = viewToTransform({ zoom: 2, centre: [70, 30] }, base, width, height);
    const lahore = before.apply(base([74.34, 31.55])!);
    // what d3-zoom does for a wheel over Lahore: scale by 2 about the pointer
    const p0 = before.invert(lahore);
    const after = zoomIdentity.translate(lahore[0] - p0[0] * 4, lahore[1] - p0[1] * 4).scale(4);
    const view = transformToView(after, base, width, height);
    const moved = makeProjection(width, height, view)([74.34, 31.55])!;
    expect(view.zoom).toBe(4);
    expect(moved[0]).toBeCloseTo(lahore[0], 3);
    expect(moved[1]).toBeCloseTo(lahore[1], 3);
  });
});

describe("showsOnlySea", () => {
  const land = [...geo.units, ...geo.neighbours];
  const onlySea = (zoom: number, centre: [number, number] | null) =>
    showsOnlySea(land, geoPath(makeProjection(600, 600, { zoom, centre })), 600, 600);

  it("says so for a position far out in the Arabian Sea, and not for one with land", () => {
    expect(onlySea(8, [64, 23.3])).toBe(true);
    expect(onlySea(8, [62.5, 23.2])).toBe(true);
    // Oman's tip is in view at the extent's south-western corner.
    expect(onlySea(8, [60.5, 23.5])).toBe(false);
    expect(onlySea(1, null)).toBe(false);
    expect(onlySea(8, [74.3, 31.5])).toBe(false);
    expect(onlySea(8, [66.99, 24.86])).toBe(false);
  });
});
