/**
 * Where a province's or territory's name goes: at its pole of inaccessibility (the inside point
 * farthest from its border, found as Mapbox's polylabel does), so the name has the most room and
 * always lies inside the unit, whatever the shape. Computed on Mercator's plane, so the point is the
 * same at every map size and zoom. A name that does not fit at the current scale falls back to its
 * abbreviation, and a unit too small for either (Islamabad, zoomed out) gets its name beside it with
 * a leader line. Pure: the screen's map and the exported figure both place their names with it.
 */
import { geoContains, geoMercator } from "d3-geo";
import type { Feature, GeoJsonProperties, MultiPolygon, Polygon, Position } from "geojson";

type Ring = readonly Position[];
type Unit = Feature<Polygon | MultiPolygon, GeoJsonProperties>;

const plane = geoMercator().scale(1).translate([0, 0]);

function ringArea(ring: readonly [number, number][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(a) / 2;
}

/** Signed distance from (x, y) to the polygon's border: positive inside, negative outside. */
function signedDistance(x: number, y: number, rings: readonly [number, number][][]): number {
  let inside = false;
  let min = Infinity;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[j]!;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      const dx = bx - ax;
      const dy = by - ay;
      const t =
        dx === 0 && dy === 0
          ? 0
          : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      min = Math.min(min, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
    }
  return inside ? min : -min;
}

interface Cell {
  x: number;
  y: number;
  half: number;
  d: number;
  /** The most any point in the cell can be from the border. */
  max: number;
}

/** The pole of inaccessibility of a polygon given in plane coordinates, to within `precision`. */
export function poleOfInaccessibility(
  rings: readonly [number, number][][],
  precision: number,
): [number, number] {
  const outer = rings[0]!;
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(x1 - x0, y1 - y0);
  const cell = (x: number, y: number, half: number): Cell => {
    const d = signedDistance(x, y, rings);
    return { x, y, half, d, max: d + half * Math.SQRT2 };
  };
  if (size === 0) return [x0, y0];
  const queue: Cell[] = [];
  for (let x = x0; x < x1; x += size)
    for (let y = y0; y < y1; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  let best = cell((x0 + x1) / 2, (y0 + y1) / 2, 0);
  while (queue.length > 0) {
    let top = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.max > queue[top]!.max) top = i;
    const c = queue[top]!;
    queue[top] = queue[queue.length - 1]!;
    queue.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.half / 2;
    queue.push(
      cell(c.x - h, c.y - h, h),
      cell(c.x + h, c.y - h, h),
      cell(c.x - h, c.y + h, h),
      cell(c.x + h, c.y + h, h),
    );
  }
  return [best.x, best.y];
}

/**
 * A unit's label point, in longitude and latitude. The bundled boundaries carry it (`label`,
 * written by `npm run map:labels` from `computeLabelPoint`), so a first visit to the map does not
 * spend a slow phone's main thread on it; a unit without one has it computed.
 */
export function labelPoint(unit: Unit): [number, number] {
  const stored = (unit.properties as { label?: unknown } | null)?.label;
  if (
    Array.isArray(stored) &&
    stored.length === 2 &&
    stored.every((n) => typeof n === "number" && Number.isFinite(n))
  )
    return [stored[0] as number, stored[1] as number];
  return computeLabelPoint(unit);
}

/** The pole of inaccessibility of a unit's largest part, in longitude and latitude. */
export function computeLabelPoint(unit: Unit): [number, number] {
  const polygons: Ring[][] =
    unit.geometry.type === "Polygon" ? [unit.geometry.coordinates] : unit.geometry.coordinates;
  const projected = polygons.map((rings) =>
    rings.map((ring) => ring.map((p) => plane([p[0]!, p[1]!])!)),
  );
  const largest = projected.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
  const [x, y] = poleOfInaccessibility(largest, 1e-4);
  const [lon, lat] = plane.invert!([x, y])!;
  return [lon, lat];
}

/** About how wide a line of text is: CJK characters are square, others about 0.6 em in bold. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

export interface PlacedLabel {
  /** The label's lines, its middle at (x, y) when `anchor` is "middle". */
  lines: string[];
  x: number;
  y: number;
  anchor: "middle" | "end";
  /** Where a leader line from the label runs to (the unit's label point), when the name sits outside. */
  leader: [number, number] | null;
  /** True when the abbreviation is shown. */
  short: boolean;
}

export interface LabelChoice {
  unit: Unit;
  /** The label point (labelPoint) in longitude and latitude. */
  at: readonly [number, number];
  /**
   * A place preferred for the name (chosen by eye, clear of the densest markers), used when the
   * name fits there inside the unit; else the label point.
   */
  preferred?: readonly [number, number];
  /** The name's lines, and the abbreviation's (null when the name has none). */
  full: string[];
  short: string[] | null;
  /** Lines that go under the name whichever is shown (a value). */
  extra?: string[];
  fontSize: number;
  lineHeight: number;
  /** Longitude and latitude → the drawing's pixels, and back. */
  project: (lonLat: [number, number]) => [number, number];
  invert: (xy: [number, number]) => [number, number] | null;
  /** The width of a line of the label; estimateTextWidth where nothing better is known. */
  measure?: (line: string) => number;
  /** For a unit that may be too small for any name: where the name goes outside, right-aligned. */
  outside?: readonly [number, number];
}

/** A one-line name as two lines, broken at the space or hyphen nearest its middle; null if none. */
export function splitInTwo(name: string): string[] | null {
  let best = -1;
  for (let i = 1; i < name.length - 1; i++)
    if (
      /[\s\-‐]/.test(name[i]!) &&
      (best < 0 || Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2))
    )
      best = i;
  if (best < 0) return null;
  const hyphen = name[best] !== " " && !/\s/.test(name[best]!);
  return [name.slice(0, hyphen ? best + 1 : best).trim(), name.slice(best + 1).trim()];
}

/** True when the box of the text, centred on (x, y), lies inside the unit. */
function fits(c: LabelChoice, lines: string[], x: number, y: number): boolean {
  const w = Math.max(...lines.map((l) => estimateTextWidth(l, c.fontSize)));
  const h = lines.length * c.lineHeight;
  // Most of the box, not all of it: a name may reach a little over a bend of its border (as a
  // cartographer sets it by hand), never across a neighbour's middle.
  const probes: [number, number][] = [[x, y]];
  for (const fx of [-0.4, 0.4]) probes.push([x + fx * w, y]);
  for (const fy of [-0.5, 0.5])
    probes.push([x, y + fy * h], [x - 0.3 * w, y + fy * h], [x + 0.3 * w, y + fy * h]);
  return probes.every((p) => {
    const ll = c.invert(p);
    return ll !== null && geoContains(c.unit, ll);
  });
}

/** The name if it fits inside the unit, else its abbreviation, else the name outside with a leader. */
export function placeUnitLabel(c: LabelChoice): PlacedLabel {
  const [x, y] = c.project([c.at[0], c.at[1]]);
  const extra = c.extra ?? [];
  const spots = c.preferred ? [c.project([c.preferred[0], c.preferred[1]]), [x, y]] : [[x, y]];
  const split = c.full.length === 1 ? splitInTwo(c.full[0]!) : null;
  for (const [lines, short] of [
    [c.full, false],
    ...(split ? [[split, false] as const] : []),
    ...(c.short ? [[c.short, true] as const] : []),
  ] as const)
    for (const [sx, sy] of spots as [number, number][])
      if (fits(c, [...lines, ...extra], sx, sy))
        return { lines: [...lines, ...extra], x: sx, y: sy, anchor: "middle", leader: null, short };
  const fallback = c.short ?? c.full;
  if (c.outside) {
    const [ox, oy] = c.project([c.outside[0], c.outside[1]]);
    return {
      lines: [...c.full, ...extra],
      x: ox,
      y: oy,
      anchor: "end",
      leader: [x, y],
      short: false,
    };
  }
  // Too small even for its abbreviation at this scale: the abbreviation, centred on its own ground.
  return {
    lines: [...fallback, ...extra],
    x,
    y,
    anchor: "middle",
    leader: null,
    short: c.short !== null,
  };
}
