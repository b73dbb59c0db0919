/**
 * The plane geometry of the map's name layout (lib/figure/svg/map-labels): boxes, circles,
 * segments between them, and a pixel test of a point against a unit's projected shape.
 */
import type { MultiPolygon, Polygon } from "geojson";

/** A rectangle by its edges, in the drawing's pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function boxTouchesCircle(b: Box, c: Circle): boolean {
  const nx = Math.max(b.x0, Math.min(c.cx, b.x1));
  const ny = Math.max(b.y0, Math.min(c.cy, b.y1));
  return Math.hypot(c.cx - nx, c.cy - ny) < c.r;
}

/** True when the segment a–b crosses the box (Liang–Barsky clipping). */
export function segmentCrossesBox(a: [number, number], b: [number, number], box: Box): boolean {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a[0] - box.x0],
    [dx, box.x1 - a[0]],
    [-dy, a[1] - box.y0],
    [dy, box.y1 - a[1]],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** True when the segment a–b passes through the circle. */
export function segmentNearCircle(a: [number, number], b: [number, number], c: Circle): boolean {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t =
    len2 === 0 ? 0 : Math.max(0, Math.min(1, ((c.cx - a[0]) * dx + (c.cy - a[1]) * dy) / len2));
  return Math.hypot(a[0] + t * dx - c.cx, a[1] + t * dy - c.cy) < c.r;
}

/** The point of a box nearest to p. */
export function nearestOnBox(box: Box, p: [number, number]): [number, number] {
  return [Math.max(box.x0, Math.min(p[0], box.x1)), Math.max(box.y0, Math.min(p[1], box.y1))];
}

/** A leader's end at `to`, or at the rim of a bubble drawn over `to`, on the side of `from`. */
export function outsideCircles(
  to: [number, number],
  from: [number, number],
  circles: readonly Circle[],
): [number, number] {
  const over = circles.find((c) => Math.hypot(to[0] - c.cx, to[1] - c.cy) < c.r);
  if (!over) return to;
  const [dx, dy] = [from[0] - over.cx, from[1] - over.cy];
  const len = Math.hypot(dx, dy);
  if (len <= over.r) return to;
  return [over.cx + (dx / len) * over.r, over.cy + (dy / len) * over.r];
}

/** Grid offsets within `radius`, nearest first, in steps of `step` (the origin first). */
export function offsets(radius: number, step: number): [number, number][] {
  const out: [number, number][] = [];
  const n = Math.floor(radius / step);
  for (let i = -n; i <= n; i++)
    for (let j = -n; j <= n; j++) {
      const [dx, dy] = [i * step, j * step];
      if (Math.hypot(dx, dy) <= radius) out.push([dx, dy]);
    }
  // Sideways moves before vertical ones at the same distance: names read along the line.
  return out.sort(
    (a, b) => Math.hypot(a[0], a[1] * 1.4) - Math.hypot(b[0], b[1] * 1.4) || a[0] - b[0],
  );
}

/**
 * A polygon's rings projected to pixels, and a test of a pixel point against them (even–odd, so
 * holes count): the drawing's plane, far quicker than a test on the sphere for every candidate.
 */
export function pixelShape(
  geometry: Polygon | MultiPolygon,
  project: (lonLat: [number, number]) => [number, number],
): (p: [number, number]) => boolean {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const rings = polygons.flat().map((ring) => ring.map((q) => project([q[0]!, q[1]!])));
  const boxes = rings.map((ring) => {
    const xs = ring.map((q) => q[0]);
    const ys = ring.map((q) => q[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
  });
  return ([x, y]) => {
    let inside = false;
    rings.forEach((ring, k) => {
      const [x0, y0, x1, y1] = boxes[k]!;
      if (x < x0 || x > x1 || y < y0 || y > y1) return;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [ax, ay] = ring[i]!;
        const [bx, by] = ring[j]!;
        if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      }
    });
    return inside;
  };
}
