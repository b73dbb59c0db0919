import type { Point, Project, Province } from "../schema";
import { PROVINCES } from "../vocabulary";
import { isCounted, isCountedProject } from "./projects";
import { compareCodes, compareNames } from "../compare";

/** What sizes a project's marker. Capacity is power capacity in MW: other units cannot share one scale. */
export const SIZE_MEASURES = ["cost", "capacity"] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

/** What shades a province in the choropleth. */
export const SHADE_MEASURES = ["investment", "projects"] as const;
export type ShadeMeasure = (typeof SHADE_MEASURES)[number];

export interface NamedPoint extends Point {
  name: string;
}

/** A project drawn as a point: solid for an exact site, a ring for a town centre. */
export interface MapPoint {
  project: Project;
  precision: "exact" | "town";
  point: Point;
  /** The site's place name, or the town standing in for it. */
  place: string;
  /** The size measure, or null when the project has none (drawn at the fixed small size). */
  value: number | null;
}

/** A linear work drawn between its two named end places. */
export interface MapLine {
  project: Project;
  from: NamedPoint;
  to: NamedPoint;
}

export interface MapLayout {
  /** Largest first, so that smaller markers are drawn on top and stay reachable. */
  points: MapPoint[];
  lines: MapLine[];
  /** Located only to a province: counted in the province view, never drawn. */
  provinceOnly: Project[];
  /** The largest size measure among the points (0 when none has one). */
  maxValue: number;
  /** Points whose size measure is unknown. */
  pointsWithoutValue: number;
}

export function sizeValue(p: Project, measure: SizeMeasure): number | null {
  if (measure === "cost") return p.cost?.usdMillions ?? null;
  return p.capacity?.unit === "MW" ? p.capacity.value : null;
}

/** Splits projects into what the map draws as points, as lines, and what it only counts. */
export function mapLayout(projects: readonly Project[], measure: SizeMeasure): MapLayout {
  const points: MapPoint[] = [];
  const lines: MapLine[] = [];
  const provinceOnly: Project[] = [];
  for (const project of projects) {
    const loc = project.location;
    switch (loc.precision) {
      case "exact":
        points.push({
          project,
          precision: "exact",
          point: loc.point,
          place: loc.place,
          value: sizeValue(project, measure),
        });
        break;
      case "town":
        points.push({
          project,
          precision: "town",
          point: loc.point,
          place: loc.point.name,
          value: sizeValue(project, measure),
        });
        break;
      case "line":
        lines.push({ project, from: loc.from, to: loc.to });
        break;
      case "province":
        provinceOnly.push(project);
        break;
    }
  }
  points.sort(
    (a, b) => (b.value ?? -1) - (a.value ?? -1) || compareCodes(a.project.id, b.project.id),
  );
  const maxValue = points.reduce((m, p) => Math.max(m, p.value ?? 0), 0);
  const pointsWithoutValue = points.filter((p) => p.value === null).length;
  return { points, lines, provinceOnly, maxValue, pointsWithoutValue };
}

/** Radius of a marker whose measure is unknown, and the least radius of one whose measure is known. */
export const MISSING_RADIUS = 3.5;
export const MIN_RADIUS = 4;

/**
 * Marker radius on a square-root scale, so that the circle's area is proportional to the value.
 * Values too small to see are drawn at MIN_RADIUS; unknown values at MISSING_RADIUS.
 */
export function markerRadius(value: number | null, maxValue: number, maxRadius: number): number {
  if (value === null) return MISSING_RADIUS;
  if (maxValue <= 0) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, maxRadius * Math.sqrt(value / maxValue));
}

/** Rounds down to one significant digit of 1, 2 or 5 (e.g. 3,400 → 2,000; 870 → 500). */
export function niceFloor(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const lead = value / magnitude;
  const step = lead >= 5 ? 5 : lead >= 2 ? 2 : 1;
  return step * magnitude;
}

/** Reference values for the size legend: round numbers at about the maximum, a quarter and a twentieth of it. */
export function sizeLegendValues(maxValue: number): number[] {
  if (maxValue <= 0) return [];
  const values = [niceFloor(maxValue), niceFloor(maxValue / 4), niceFloor(maxValue / 20)];
  return [...new Set(values)].filter((v) => v > 0);
}

export interface ProvinceTotal {
  province: Province;
  /** Projects wholly within the province (umbrella records excluded). */
  projects: number;
  projectsWithCost: number;
  /** Investment of those projects, USD millions. */
  usdMillions: number;
  /** Projects spanning several provinces that include this one (counted under "several", not here). */
  sharedProjects: number;
}

export interface SeveralTotal {
  projects: number;
  projectsWithCost: number;
  usdMillions: number;
}

export interface ProvinceTotals {
  /** All seven provinces and territories, in the order of the province list. */
  rows: ProvinceTotal[];
  /** Projects spanning several provinces: counted once here, in no single province. */
  several: SeveralTotal;
  maxProjects: number;
  maxUsdMillions: number;
}

/**
 * Projects and investment per province or territory. A project in one province counts there; a
 * project spanning several is counted once under "several" (as on the Overview), so that no amount is
 * split by a guess or counted twice. Umbrella records are left out; their components carry the money.
 */
export function provinceTotals(projects: readonly Project[]): ProvinceTotals {
  const rows = new Map<Province, ProvinceTotal>(
    PROVINCES.map((province) => [
      province,
      { province, projects: 0, projectsWithCost: 0, usdMillions: 0, sharedProjects: 0 },
    ]),
  );
  const several: SeveralTotal = { projects: 0, projectsWithCost: 0, usdMillions: 0 };
  for (const p of projects) {
    if (!isCountedProject(p)) continue;
    const provinces = [...new Set(p.provinces)];
    if (provinces.length === 1) {
      const row = rows.get(provinces[0]!)!;
      row.projects += 1;
      if (isCounted(p)) {
        row.projectsWithCost += 1;
        row.usdMillions += p.cost.usdMillions;
      }
      continue;
    }
    several.projects += 1;
    if (isCounted(p)) {
      several.projectsWithCost += 1;
      several.usdMillions += p.cost.usdMillions;
    }
    for (const province of provinces) rows.get(province)!.sharedProjects += 1;
  }
  const list = [...rows.values()];
  return {
    rows: list,
    several,
    maxProjects: Math.max(0, ...list.map((r) => r.projects)),
    maxUsdMillions: Math.max(0, ...list.map((r) => r.usdMillions)),
  };
}

/**
 * The top of the shading scale: the largest province's value or the several-provinces total,
 * whichever is larger, so that the several-provinces box is shaded on the same scale as the units.
 */
export function shadeMax(totals: ProvinceTotals, measure: ShadeMeasure): number {
  return measure === "investment"
    ? Math.max(totals.maxUsdMillions, totals.several.usdMillions)
    : Math.max(totals.maxProjects, totals.several.projects);
}

/** The several-provinces total in the shading's measure. */
export function severalValue(totals: ProvinceTotals, measure: ShadeMeasure): number {
  return measure === "investment" ? totals.several.usdMillions : totals.several.projects;
}

export function shadeValue(row: ProvinceTotal, measure: ShadeMeasure): number {
  return measure === "investment" ? row.usdMillions : row.projects;
}

/** One class of the choropleth: values above `lower` up to and including `upper`. */
export interface ShadeClass {
  lower: number;
  upper: number;
  /** The first value in the class as a reader would say it (counts start at lower + 1). */
  from: number;
}

/** Rounds up to 1, 2, 2.5 or 5 times a power of ten; at least 1 for counts. */
function niceCeil(value: number, integer: boolean): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const lead = value / magnitude;
  const step = ([1, 2, 2.5, 5, 10].find((s) => lead <= s) ?? 10) * magnitude;
  return integer ? Math.max(1, Math.ceil(step)) : step;
}

/**
 * Equal classes of round width covering (0, max], at most `count` of them. Zero stays outside every
 * class: it is shown as "none".
 */
export function shadeClasses(maxValue: number, measure: ShadeMeasure, count = 5): ShadeClass[] {
  if (maxValue <= 0) return [];
  const integer = measure === "projects";
  const width = niceCeil(maxValue / count, integer);
  const n = Math.ceil(maxValue / width);
  return Array.from({ length: n }, (_, i) => ({
    lower: i * width,
    upper: (i + 1) * width,
    from: integer ? i * width + 1 : i * width,
  }));
}

/** Index of the class holding a value, or -1 for zero (none). */
export function shadeClassOf(value: number, classes: readonly ShadeClass[]): number {
  if (value <= 0 || classes.length === 0) return -1;
  const i = classes.findIndex((c) => value <= c.upper);
  return i === -1 ? classes.length - 1 : i;
}

/** Everything the map stands for, drawn or only counted, in alphabetical order: the map's keyboard list. */
export function mapListProjects(layout: MapLayout): Project[] {
  return [
    ...layout.points.map((p) => p.project),
    ...layout.lines.map((l) => l.project),
    ...layout.provinceOnly,
  ].sort((a, b) => compareNames(a.name, b.name) || compareCodes(a.id, b.id));
}

/** The province or territory with the most of the measure, or null when every one has none. */
export function topProvince(totals: ProvinceTotals, measure: ShadeMeasure): ProvinceTotal | null {
  let top: ProvinceTotal | null = null;
  for (const row of totals.rows)
    if (shadeValue(row, measure) > (top ? shadeValue(top, measure) : 0)) top = row;
  return top;
}
