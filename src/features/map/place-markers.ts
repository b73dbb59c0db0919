import { geoInterpolate } from "d3-geo";
import type { TFunction } from "i18next";
import type { Project } from "@/data/schema";
import { markerRadius, type MapLayout, type MapLine, type MapPoint } from "@/data/selectors/map";
import {
  bubbleRadius,
  colocatedSites,
  spreadOffsets,
  SPREAD_ZOOM,
  type Site,
} from "@/data/selectors/map-sites";

export interface TooltipAnchor {
  x: number;
  y: number;
  /** Clearance above and below the anchor (the marker's radius). */
  r: number;
}

export interface PlacedPoint {
  point: MapPoint;
  x: number;
  y: number;
  r: number;
  /** The shared place a fanned-out marker belongs to (its leg runs there). */
  from: [number, number] | null;
}

export interface PlacedSite {
  site: Site<MapPoint>;
  x: number;
  y: number;
  r: number;
}

/**
 * Where each point goes at this zoom: alone at its place; or, sharing a place with others, inside
 * the place's count bubble below SPREAD_ZOOM and fanned out around it from there on.
 */
export function placeMarkers(
  layout: MapLayout,
  zoom: number,
  at: (lonLat: readonly [number, number]) => [number, number],
  maxRadius: number,
  fontSize: number,
): { points: PlacedPoint[]; sites: PlacedSite[]; shared: number } {
  const radius = (p: MapPoint) => markerRadius(p.value, layout.maxValue, maxRadius);
  const sites = colocatedSites(layout.points, (p) => [p.point.lon, p.point.lat]);
  const inSite = new Map<MapPoint, [number, number, [number, number]]>();
  const bubbles: PlacedSite[] = [];
  for (const site of sites) {
    const [x, y] = at([site.lon, site.lat]);
    if (zoom < SPREAD_ZOOM) {
      bubbles.push({ site, x, y, r: bubbleRadius(site.items.length, fontSize) });
      continue;
    }
    const offsets = spreadOffsets(site.items.map(radius), 3);
    site.items.forEach((p, i) => inSite.set(p, [x + offsets[i]![0], y + offsets[i]![1], [x, y]]));
  }
  const bubbled = new Set(zoom < SPREAD_ZOOM ? sites.flatMap((s) => s.items) : []);
  const points: PlacedPoint[] = [];
  for (const p of layout.points) {
    if (bubbled.has(p)) continue;
    const spread = inSite.get(p);
    const [x, y] = spread ? [spread[0], spread[1]] : at([p.point.lon, p.point.lat]);
    points.push({ point: p, x, y, r: radius(p), from: spread ? spread[2] : null });
  }
  return { points, sites: bubbles, shared: sites.length };
}

/** The project under the pointer or the focus, where its marker is, and where it is said to be. */
export function tooltipOf(
  activeId: string | null,
  points: readonly PlacedPoint[],
  lines: readonly MapLine[],
  at: (lonLat: readonly [number, number]) => [number, number],
  t: TFunction,
): { project: Project; anchor: TooltipAnchor; where: string } | null {
  if (!activeId) return null;
  const point = points.find((p) => p.point.project.id === activeId);
  if (point)
    return {
      project: point.point.project,
      anchor: { x: point.x, y: point.y, r: point.r },
      where: t(`map.tooltip.${point.point.precision}`, { place: point.point.place }),
    };
  const line = lines.find((l) => l.project.id === activeId);
  if (!line) return null;
  const [x, y] = at(
    geoInterpolate([line.from.lon, line.from.lat], [line.to.lon, line.to.lat])(0.5),
  );
  return {
    project: line.project,
    anchor: { x, y, r: 4 },
    where: t("map.tooltip.line", { from: line.from.name, to: line.to.name }),
  };
}
