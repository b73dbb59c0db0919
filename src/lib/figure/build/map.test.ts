import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { makeDataset, makeProject } from "@/data/fixtures";
import { sizeLegendValues } from "@/data/selectors/map";
import { testFigureContext } from "../figure-test-support";
import { MAP_EXTENT, toGeography } from "../geo";
import { buildMapFigure, zoomWindow } from "./map";

const boundaries = toGeography(
  JSON.parse(
    readFileSync(resolve(__dirname, "../../../../public/data/pakistan.topo.json"), "utf8"),
  ) as Topology,
);

const dataset = makeDataset({
  projects: [
    makeProject({
      id: "sahiwal",
      name: "Sahiwal Coal Power Plant",
      provinces: ["punjab"],
      location: { precision: "exact", point: { lat: 30.67, lon: 73.1 }, place: "Qadirabad" },
      cost: { usdMillions: 1912.2, stage: "final", asOf: "2017" },
      capacity: { value: 1320, unit: "MW" },
    }),
    makeProject({
      id: "karot",
      name: "Karot Hydropower",
      provinces: ["punjab", "azad-jammu-kashmir"],
      status: "under-construction",
      location: { precision: "town", point: { lat: 33.6, lon: 73.6, name: "Karot" } },
      cost: { usdMillions: 1740, stage: "estimated", asOf: "2016" },
      capacity: { value: 720, unit: "MW" },
    }),
    makeProject({
      id: "motorway",
      name: "Sukkur–Hyderabad Motorway",
      sector: "transport",
      provinces: ["sindh"],
      location: {
        precision: "line",
        from: { lat: 25.4, lon: 68.4, name: "Hyderabad" },
        to: { lat: 27.7, lon: 68.9, name: "Sukkur" },
      },
      cost: { usdMillions: 1500, stage: "estimated", asOf: "2019" },
      capacity: null,
    }),
    makeProject({
      id: "sez",
      name: "Rashakai Special Economic Zone",
      sector: "industrial",
      provinces: ["khyber-pakhtunkhwa"],
      location: { precision: "province" },
      cost: { usdMillions: 128, stage: "estimated", asOf: "2020" },
    }),
  ],
});

describe("buildMapFigure", () => {
  const figure = buildMapFigure(dataset, testFigureContext("en"), {
    size: "cost",
    shade: "investment",
    view: null,
    boundaries,
  });

  it("always carries the note on the depiction of disputed boundaries", () => {
    expect(figure.notes[0]).toMatch(/^About the boundaries: Boundaries are drawn where control/);
    expect(figure.notes[0]).toContain("the Line of Control in Jammu and Kashmir");
    const ur = buildMapFigure(dataset, testFigureContext("ur"), {
      size: "capacity",
      shade: "projects",
      view: { zoom: 3, centre: [73, 33] },
      boundaries,
    });
    expect(ur.notes[0]).toContain("لائن آف کنٹرول");
  });

  it("draws lines, then points largest first, coloured by status, with their size values", () => {
    expect(figure.marks.map((m) => [m.id, m.precision, m.color, m.size])).toEqual([
      ["motorway", "line", "status-operational", null],
      ["sahiwal", "exact", "status-operational", 1912.2],
      ["karot", "town", "status-under-construction", 1740],
    ]);
    expect(figure.marks[0]!.coordinates).toEqual([
      [68.4, 25.4],
      [68.9, 27.7],
    ]);
    expect(figure.table.fields.map((f) => [f.key, f.unit])).toEqual([
      ["project", "text"],
      ["status", "text"],
      ["where", "text"],
      ["size", "usd-millions"],
    ]);
    expect(figure.table.rows).toEqual([
      {
        project: "Sukkur–Hyderabad Motorway",
        status: "Operational",
        where: "Hyderabad – Sukkur",
        size: 1500,
      },
      {
        project: "Sahiwal Coal Power Plant",
        status: "Operational",
        where: "Site: Qadirabad",
        size: 1912.2,
      },
      {
        project: "Karot Hydropower",
        status: "Under construction",
        where: "Near Karot",
        size: 1740,
      },
    ]);
  });

  it("keys the sizes with the values sizeLegendValues gives for the largest point", () => {
    expect(figure.sizeMax).toBe(1912.2);
    expect(figure.sizeKey).toEqual(sizeLegendValues(1912.2));
    expect(figure.sizeKey).toEqual([1000, 200, 50]);
    expect(figure.sizeNotes).toEqual([
      "Smallest dot: cost not reported (0 projects)",
      "Lines are not sized.",
    ]);
  });

  it("shades each province by the investment wholly within it, in round classes", () => {
    expect(figure.shadeClasses).toEqual([
      { from: 0, upper: 500 },
      { from: 500, upper: 1000 },
      { from: 1000, upper: 1500 },
      { from: 1500, upper: 2000 },
    ]);
    expect(
      figure.provinces.filter((p) => p.value > 0).map((p) => [p.key, p.value, p.shade]),
    ).toEqual([
      ["punjab", 1912.2, 3],
      ["sindh", 1500, 2],
      ["khyber-pakhtunkhwa", 128, 0],
    ]);
    expect(figure.provinces.filter((p) => p.shade === -1)).toHaveLength(4);
    expect(figure.notes.slice(1)).toEqual([
      "Boundaries: Natural Earth (public domain).",
      "1 project known only to its province: not drawn, counted in province totals",
      "1 project spanning several provinces (US$1.74 billion) is counted once, under “Several provinces”, and shades no province.",
      "KP: Khyber Pakhtunkhwa · ICT: Islamabad Capital Territory · GB: Gilgit-Baltistan · AJK: Azad Jammu & Kashmir",
    ]);
    // the several-provinces box, on the same shading scale as the units
    expect(figure.several).toEqual({
      label: "Several provinces",
      value: "US$1.74bn",
      count: "1 project",
      shade: 3,
    });
  });

  it("has the status colours and the precision symbols in its legend", () => {
    expect(figure.legend.slice(-3).map((l) => [l.shape, l.label])).toEqual([
      ["circle", "Site located"],
      ["ring", "Nearest town only"],
      ["route", "Line between its end places"],
    ]);
    expect(figure.legend.filter((l) => l.color.startsWith("status-"))).toHaveLength(6);
  });

  it("turns the reader's zoom into the window it shows", () => {
    expect(figure.view).toBeNull();
    const [west, south, east, north] = zoomWindow({ zoom: 2, centre: [70, 30] })!;
    const half = (MAP_EXTENT.east - MAP_EXTENT.west) / 4;
    expect(west).toBeCloseTo(70 - half, 6);
    expect(east).toBeCloseTo(70 + half, 6);
    expect(south).toBeLessThan(30);
    expect(north).toBeGreaterThan(30);
    expect(zoomWindow({ zoom: 1, centre: null })).toBeNull();
  });
});
