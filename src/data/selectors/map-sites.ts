/**
 * Projects drawn at one and the same place (the fourteen at Gwadar's town centre, five at
 * Islamkot): at a low zoom they are one count bubble, opened as a list; zoomed in, they fan out
 * around the place so that each marker can be seen and chosen.
 */

/** Several items at exactly one longitude and latitude. */
export interface Site<T> {
  /** "lon,lat": stable across renders, usable as a React key and in the DOM. */
  key: string;
  lon: number;
  lat: number;
  /** In the order given (the map's: largest first). */
  items: T[];
}

/**
 * Groups items by their exact coordinates. Returns the places holding two or more items, in the
 * order of their first item; an item alone at its place is in no site.
 */
export function colocatedSites<T>(
  items: readonly T[],
  coordinatesOf: (item: T) => readonly [number, number],
): Site<T>[] {
  const byKey = new Map<string, Site<T>>();
  for (const item of items) {
    const [lon, lat] = coordinatesOf(item);
    const key = `${lon},${lat}`;
    const site = byKey.get(key);
    if (site) site.items.push(item);
    else byKey.set(key, { key, lon, lat, items: [item] });
  }
  return [...byKey.values()].filter((s) => s.items.length > 1);
}

/** From 2 zoom steps of ×1.5 (×2.25) on, a site's markers are drawn apart around it. */
export const SPREAD_ZOOM = 2;

/**
 * Offsets that fan out markers of the given radii on one circle around their common place, the
 * first straight above, each at least `gap` pixels clear of the others: every marker takes an angle
 * in proportion to its diameter, and the circle is as small as keeps neighbours apart (measured on
 * the chord between their centres, not along the arc).
 */
export function spreadOffsets(radii: readonly number[], gap = 2): [number, number][] {
  if (radii.length === 0) return [];
  if (radii.length === 1) return [[0, 0]];
  const arcs = radii.map((r) => 2 * r + gap);
  const total = arcs.reduce((a, b) => a + b, 0);
  const angles: number[] = [];
  let along = 0;
  for (const arc of arcs) {
    angles.push(-Math.PI / 2 + (2 * Math.PI * (along + arc / 2 - arcs[0]! / 2)) / total);
    along += arc;
  }
  let radius = 0;
  radii.forEach((r, i) => {
    const j = (i + 1) % radii.length;
    const apart = Math.min(Math.PI, (Math.PI * (arcs[i]! + arcs[j]!)) / total);
    radius = Math.max(radius, (r + radii[j]! + gap) / (2 * Math.sin(apart / 2)));
  });
  return angles.map((a) => [radius * Math.cos(a), radius * Math.sin(a)]);
}

/** The count bubble's radius: room for its number, not a measure of money. */
export function bubbleRadius(count: number, fontSize: number): number {
  return Math.round(fontSize * (String(count).length > 1 ? 0.95 : 0.8) * 10) / 10;
}
