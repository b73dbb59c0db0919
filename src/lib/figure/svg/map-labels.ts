/**
 * Where the exported map's province and territory names go so that none covers another name, a
 * neighbour's name or a count bubble (issue #14: at slide scale the northern names crowded each
 * other and the markers). As a cartographer sets them by hand: a name stays inside its unit,
 * moved off the crowd if need be, whole, broken in two or abbreviated (the abbreviations are keyed
 * in the figure's notes); a unit with no free room inside gets its name beside it, over the
 * nearest free ground, with a leader line to the unit. Every name that fits inside is set before
 * any goes outside, the most crowded (smallest) units first. Pure geometry.
 */
import { splitInTwo } from "../unit-labels";
import type { Rect } from "./draw-context";
import {
  boxesIntersect,
  boxTouchesCircle,
  nearestOnBox,
  offsets,
  outsideCircles,
  segmentCrossesBox,
  segmentNearCircle,
  type Box,
  type Circle,
} from "./label-geometry";

export interface UnitToLabel {
  key: string;
  /** True for a pixel point inside the unit. */
  contains: (p: [number, number]) => boolean;
  /** The pixel point the name is centred on by preference (inside the unit). */
  at: [number, number];
  /** Further pixel points to try first (a place chosen by eye), when given. */
  preferred?: [number, number];
  /** The pixel point of the unit a leader line runs to when the name sits outside. */
  target: [number, number];
  full: string[];
  short: string[] | null;
}

export interface PlacedMapLabel {
  key: string;
  lines: string[];
  /** The middle of the label's box; lines are centred on x. */
  x: number;
  y: number;
  box: Box;
  /** A leader line from the label's edge to its unit, when the name sits outside it. */
  leader: { from: [number, number]; to: [number, number] } | null;
}

export interface MapLabelInput {
  units: readonly UnitToLabel[];
  fontSize: number;
  lineHeight: number;
  /** The width of a line of a name, in the names' bold. */
  measure: (line: string) => number;
  /** The frame names must stay inside. */
  bounds: Rect;
  /** What no name may cover: count bubbles, and the neighbours' names. */
  circles: readonly Circle[];
  boxes: readonly Box[];
  /** What a name should rather not cover (project markers), given up before a name goes outside. */
  soft: readonly Circle[];
  /**
   * True for a pixel point where a name set outside its unit may go: the country's own ground, a
   * neighbour's margin or the sea, never across the Line of Control or over the other side of a
   * disputed boundary.
   */
  ground: (p: [number, number]) => boolean;
}

/** Lays out every unit's name; see the module's comment for the order of preference. */
export function layoutMapLabels(input: MapLabelInput): PlacedMapLabel[] {
  const { fontSize: fs, lineHeight, measure, bounds } = input;
  const pad = 0.15 * fs;
  const placed: PlacedMapLabel[] = [];
  // Two names at least half a text size apart, so that neighbours never read as one name.
  const apart = 0.25 * fs;
  const grow = (b: Box, by: number): Box => ({
    x0: b.x0 - by,
    y0: b.y0 - by,
    x1: b.x1 + by,
    y1: b.y1 + by,
  });
  const size = (lines: readonly string[]) => ({
    w: Math.max(...lines.map(measure)) + 2 * pad,
    h: lines.length * lineHeight + 2 * pad,
  });
  const boxAt = (x: number, y: number, w: number, h: number): Box => ({
    x0: x - w / 2,
    y0: y - h / 2,
    x1: x + w / 2,
    y1: y + h / 2,
  });
  const clear = (box: Box, soft: boolean) =>
    box.x0 >= bounds.x &&
    box.y0 >= bounds.y &&
    box.x1 <= bounds.x + bounds.width &&
    box.y1 <= bounds.y + bounds.height &&
    !placed.some((p) => boxesIntersect(p.box, grow(box, apart))) &&
    !input.boxes.some((b) => boxesIntersect(b, box)) &&
    !input.circles.some((c) => boxTouchesCircle(box, c)) &&
    !(soft && input.soft.some((c) => boxTouchesCircle(box, c)));
  // Most of the box inside the unit: a name may reach a little over a bend of its border.
  const inside = (u: UnitToLabel, box: Box) => {
    const [cx, cy] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
    const [w, h] = [box.x1 - box.x0 - 2 * pad, box.y1 - box.y0 - 2 * pad];
    const probes: [number, number][] = [[cx, cy]];
    for (const fx of [-0.4, 0.4]) probes.push([cx + fx * w, cy]);
    for (const fy of [-0.45, 0.45])
      probes.push([cx, cy + fy * h], [cx - 0.3 * w, cy + fy * h], [cx + 0.3 * w, cy + fy * h]);
    return probes.every(u.contains);
  };
  // The name's middle line over open ground (its corners may reach over a border's bend).
  const onGround = (b: Box) => {
    const [cx, cy, w] = [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2, b.x1 - b.x0];
    return ([-0.4, 0, 0.4] as const).every((f) => input.ground([cx + f * w, cy]));
  };
  const near = offsets(8 * fs, fs / 2);
  // A leader no longer than a few names' height: further off, a name is no longer read as its unit's.
  const nearby = [1.5, 2, 2.5, 3].map((d) => d * fs);
  const further = [3.5, 4, 5, 6].map((d) => d * fs);
  // On a small map crowded in the north (Urdu's larger type beside its notes), a little further.
  const farther = [7, 8, 9, 10, 12].map((d) => d * fs);
  const angles = Array.from({ length: 24 }, (_, i) => (i * Math.PI) / 12);

  const variantsOf = (u: UnitToLabel) => {
    const split = u.full.length === 1 ? splitInTwo(u.full[0]!) : null;
    return [u.full, ...(split ? [split] : []), ...(u.short ? [u.short] : [])];
  };
  const tryInside = (u: UnitToLabel, soft: boolean): PlacedMapLabel | null => {
    const spots = [...(u.preferred ? [u.preferred] : []), u.at];
    for (const lines of variantsOf(u)) {
      const { w, h } = size(lines);
      for (const [sx, sy] of spots)
        for (const [dx, dy] of near) {
          const box = boxAt(sx + dx, sy + dy, w, h);
          if (clear(box, soft) && inside(u, box))
            return { key: u.key, lines, x: sx + dx, y: sy + dy, box, leader: null };
        }
    }
    return null;
  };
  const tryOutside = (
    u: UnitToLabel,
    lines: readonly string[],
    soft: boolean,
    reach: readonly number[],
    /** 1: the leader may cross bubbles; 2: names too, as the last resort before an overlap. */
    far: 0 | 1 | 2 = 0,
  ): PlacedMapLabel | null => {
    const [tx, ty] = u.target;
    const { w, h } = size(lines);
    // A bubble the leader ends at is crossed; no other unless the name must go far.
    const others = far ? [] : input.circles.filter((c) => Math.hypot(tx - c.cx, ty - c.cy) >= c.r);
    for (const d of reach)
      for (const a of angles) {
        // The box's nearest edge about d from the target, in direction a.
        const cx = tx + Math.cos(a) * (d + w / 2);
        const cy = ty + Math.sin(a) * (d * 0.6 + h / 2);
        const box = boxAt(cx, cy, w, h);
        if (!clear(box, soft) || !onGround(box)) continue;
        const from = nearestOnBox(box, u.target);
        // Never through another name: "AJK" struck through reads as a different word.
        const crossed = [...placed.map((p) => p.box), ...input.boxes];
        if (far < 2 && crossed.some((b) => segmentCrossesBox(from, u.target, b))) continue;
        if (others.some((c) => segmentNearCircle(from, u.target, c))) continue;
        const to = outsideCircles(u.target, from, input.circles);
        return { key: u.key, lines: [...lines], x: cx, y: cy, box, leader: { from, to } };
      }
    return null;
  };
  // Near the unit before further off; at each reach the whole name (of one line) before its
  // abbreviation (a reader knows "Islamabad"), clear of the markers before over them.
  const outside = [nearby, further].flatMap((reach) =>
    [true, false].flatMap((full) =>
      [true, false].map((soft) => (u: UnitToLabel) => {
        // A name of two lines set outside is a heavy block away from its unit: the abbreviation.
        const whole = u.full.length === 1 || !u.short ? u.full : null;
        const lines = full ? whole : u.short;
        return lines ? tryOutside(u, lines, soft, reach) : null;
      }),
    ),
  );
  // Every name that can stay inside its unit is set before any goes outside, so that a name with
  // a leader line never takes the room another unit needed for its own.
  const phases: ((u: UnitToLabel) => PlacedMapLabel | null)[] = [
    (u) => tryInside(u, true),
    (u) => tryInside(u, false),
    ...outside,
    (u) => tryOutside(u, u.short ?? u.full, false, [...nearby, ...further, ...farther], 1),
    (u) => tryOutside(u, u.short ?? u.full, false, [...nearby, ...further, ...farther], 2),
  ];
  let left = [...input.units];
  for (const phase of phases) {
    left = left.filter((u) => {
      const found = phase(u);
      if (found) placed.push(found);
      return !found;
    });
  }
  // Nowhere free at this size: the shortest name on its own ground.
  for (const u of left) {
    const lines = u.short ?? u.full;
    const { w, h } = size(lines);
    placed.push({
      key: u.key,
      lines,
      x: u.at[0],
      y: u.at[1],
      box: boxAt(...u.at, w, h),
      leader: null,
    });
  }
  const order = new Map(input.units.map((u, i) => [u.key, i]));
  return placed.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}
