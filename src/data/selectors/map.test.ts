import { describe, expect, it } from "vitest";
import { makeProject } from "../fixtures";
import {
  mapLayout,
  mapListProjects,
  markerRadius,
  MISSING_RADIUS,
  MIN_RADIUS,
  niceFloor,
  provinceTotals,
  shadeClasses,
  shadeClassOf,
  sizeLegendValues,
  severalValue,
  shadeMax,
  topProvince,
} from "./map";

const site = makeProject({
  id: "site",
  location: { precision: "exact", point: { lat: 24.9, lon: 67.0 }, place: "Port Qasim" },
  cost: { usdMillions: 1980, stage: "final", asOf: "2018" },
  capacity: { value: 1320, unit: "MW" },
});
const town = makeProject({
  id: "town",
  location: { precision: "town", point: { lat: 30.67, lon: 73.1, name: "Sahiwal" } },
  cost: null,
  capacity: { value: 1320, unit: "MW" },
});
const road = makeProject({
  id: "road",
  sector: "transport",
  subtype: "road",
  provinces: ["punjab", "sindh"],
  location: {
    precision: "line",
    from: { lat: 25.4, lon: 68.3, name: "Hyderabad" },
    to: { lat: 30.2, lon: 71.5, name: "Multan" },
  },
  cost: { usdMillions: 2890, stage: "final", asOf: "2019" },
  capacity: { value: 392, unit: "km" },
});
const zone = makeProject({
  id: "zone",
  sector: "industrial",
  subtype: "sez",
  provinces: ["khyber-pakhtunkhwa"],
  location: { precision: "province" },
  cost: { usdMillions: 120, stage: "estimated", asOf: "2020" },
  capacity: { value: 1000, unit: "acres" },
});

describe("mapLayout", () => {
  it("draws sites and towns as points, linear works as lines, and only counts province-level projects", () => {
    const layout = mapLayout([zone, road, town, site], "cost");
    expect(layout.points.map((p) => [p.project.id, p.precision, p.place, p.value])).toEqual([
      ["site", "exact", "Port Qasim", 1980],
      ["town", "town", "Sahiwal", null],
    ]);
    expect(layout.lines.map((l) => [l.project.id, l.from.name, l.to.name])).toEqual([
      ["road", "Hyderabad", "Multan"],
    ]);
    expect(layout.provinceOnly.map((p) => p.id)).toEqual(["zone"]);
    expect(layout.maxValue).toBe(1980);
    expect(layout.pointsWithoutValue).toBe(1);
  });

  it("sizes by power capacity in MW only; other units have no size", () => {
    const acres = makeProject({
      id: "acres",
      location: { precision: "exact", point: { lat: 31, lon: 73 }, place: "Faisalabad SEZ" },
      capacity: { value: 3217, unit: "acres" },
    });
    const layout = mapLayout([acres, site, town], "capacity");
    expect(layout.points.map((p) => [p.project.id, p.value])).toEqual([
      ["site", 1320],
      ["town", 1320],
      ["acres", null],
    ]);
    expect(layout.maxValue).toBe(1320);
  });
});

describe("mapListProjects", () => {
  it("lists points, lines and province-only projects together by name", () => {
    const named = (p: typeof site, name: string) => ({ ...p, name });
    const layout = mapLayout(
      [
        named(zone, "Alpha zone"),
        named(road, "Motorway"),
        named(site, "Coal plant"),
        named(town, "Beta plant"),
      ],
      "cost",
    );
    expect(mapListProjects(layout).map((p) => p.id)).toEqual(["zone", "town", "site", "road"]);
  });
});

describe("shadeMax", () => {
  it("lets the several-provinces total set the top of the scale when it is the largest", () => {
    const totals = provinceTotals([road, zone, site]);
    expect(totals.several.usdMillions).toBe(2890);
    expect(shadeMax(totals, "investment")).toBe(2890);
    expect(severalValue(totals, "projects")).toBe(1);
    expect(shadeMax(totals, "projects")).toBe(1);
  });
});

describe("markerRadius", () => {
  it("makes the area proportional to the value", () => {
    expect(markerRadius(100, 100, 20)).toBe(20);
    expect(markerRadius(25, 100, 20)).toBe(10);
  });
  it("draws unknown values at the fixed small size and tiny ones at the least size", () => {
    expect(markerRadius(null, 100, 20)).toBe(MISSING_RADIUS);
    expect(markerRadius(0.01, 100, 20)).toBe(MIN_RADIUS);
    expect(markerRadius(5, 0, 20)).toBe(MIN_RADIUS);
  });
  it("keeps the smallest reported cost visible and larger than a marker with no cost", () => {
    // the dataset's range: a US$7.1m desalination plant beside a US$6,000m power plant
    expect(markerRadius(7.1, 6000, 28)).toBe(MIN_RADIUS);
    expect(MIN_RADIUS).toBeGreaterThan(MISSING_RADIUS);
    expect(markerRadius(1500, 6000, 28)).toBe(14);
  });
});

describe("size legend", () => {
  it("rounds down to 1, 2 or 5 times a power of ten", () => {
    expect(niceFloor(3400)).toBe(2000);
    expect(niceFloor(870)).toBe(500);
    expect(niceFloor(1320)).toBe(1000);
    expect(niceFloor(0)).toBe(0);
  });
  it("offers about the maximum, a quarter and a twentieth", () => {
    expect(sizeLegendValues(5800)).toEqual([5000, 1000, 200]);
    expect(sizeLegendValues(1)).toEqual([1, 0.2, 0.05]);
    expect(sizeLegendValues(0)).toEqual([]);
  });
});

describe("provinceTotals", () => {
  it("counts single-province projects in their province and multi-province ones once under several", () => {
    const umbrella = makeProject({
      id: "umbrella",
      provinces: ["sindh"],
      countInAggregates: false,
    });
    const uncosted = makeProject({ id: "uncosted", provinces: ["sindh"], cost: null });
    const t = provinceTotals([site, town, road, zone, umbrella, uncosted]);
    expect(t.rows.map((r) => r.province)).toEqual([
      "punjab",
      "sindh",
      "khyber-pakhtunkhwa",
      "balochistan",
      "gilgit-baltistan",
      "azad-jammu-kashmir",
      "islamabad",
    ]);
    const byProvince = Object.fromEntries(t.rows.map((r) => [r.province, r]));
    // site and town default to punjab in the factory
    expect(byProvince.punjab).toEqual({
      province: "punjab",
      projects: 2,
      projectsWithCost: 1,
      usdMillions: 1980,
      sharedProjects: 1,
    });
    expect(byProvince.sindh).toEqual({
      province: "sindh",
      projects: 1,
      projectsWithCost: 0,
      usdMillions: 0,
      sharedProjects: 1,
    });
    expect(byProvince["khyber-pakhtunkhwa"]).toEqual({
      province: "khyber-pakhtunkhwa",
      projects: 1,
      projectsWithCost: 1,
      usdMillions: 120,
      sharedProjects: 0,
    });
    expect(byProvince.balochistan).toEqual({
      province: "balochistan",
      projects: 0,
      projectsWithCost: 0,
      usdMillions: 0,
      sharedProjects: 0,
    });
    expect(t.several).toEqual({ projects: 1, projectsWithCost: 1, usdMillions: 2890 });
    expect(t.maxProjects).toBe(2);
    expect(t.maxUsdMillions).toBe(1980);
  });

  it("names the province with the most of each measure", () => {
    const t = provinceTotals([
      site,
      town,
      zone,
      makeProject({
        provinces: ["khyber-pakhtunkhwa"],
        cost: { usdMillions: 2000, stage: "final", asOf: null },
      }),
    ]);
    expect(topProvince(t, "investment")?.province).toBe("khyber-pakhtunkhwa");
    expect(topProvince(t, "projects")?.province).toBe("punjab");
    expect(topProvince(provinceTotals([]), "projects")).toBeNull();
  });

  it("counts a province listed twice once", () => {
    const p = makeProject({
      provinces: ["balochistan", "balochistan"],
      cost: { usdMillions: 50, stage: "estimated", asOf: null },
    });
    const t = provinceTotals([p]);
    expect(t.rows.find((r) => r.province === "balochistan")).toMatchObject({
      projects: 1,
      usdMillions: 50,
    });
    expect(t.several.projects).toBe(0);
  });
});

describe("shade classes", () => {
  it("splits counts into whole-number classes", () => {
    expect(shadeClasses(7, "projects")).toEqual([
      { lower: 0, upper: 2, from: 1 },
      { lower: 2, upper: 4, from: 3 },
      { lower: 4, upper: 6, from: 5 },
      { lower: 6, upper: 8, from: 7 },
    ]);
    expect(shadeClasses(3, "projects").map((c) => c.upper)).toEqual([1, 2, 3]);
  });
  it("splits money into round classes", () => {
    expect(shadeClasses(11_800, "investment").map((c) => [c.from, c.upper])).toEqual([
      [0, 2500],
      [2500, 5000],
      [5000, 7500],
      [7500, 10_000],
      [10_000, 12_500],
    ]);
  });
  it("puts each value in its class and zero in none", () => {
    const classes = shadeClasses(7, "projects");
    expect([0, 1, 2, 3, 7, 8].map((v) => shadeClassOf(v, classes))).toEqual([-1, 0, 0, 1, 3, 3]);
    expect(shadeClasses(0, "projects")).toEqual([]);
  });
});
