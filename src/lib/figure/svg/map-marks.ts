/**
 * The map figure's projects: lines first, then points largest first (so that small markers stay on
 * top). Projects sharing one place are one count bubble, as on screen at a low zoom, or fanned out
 * around the place when the figure shows the reader's zoom from SPREAD_ZOOM on.
 */
import type { GeoPermissibleObjects } from "d3-geo";
import {
  bubbleRadius,
  colocatedSites,
  spreadOffsets,
  SPREAD_ZOOM,
} from "@/data/selectors/map-sites";
import { formatNumber } from "../../format";
import type { MapFigure, MapFigureMark } from "../figure-map";
import { MAP_EXTENT } from "../geo";
import type { DrawContext } from "./draw-context";
import type { Circle } from "./label-geometry";
import { mapRadius } from "./map-key";
import { r2, svgText } from "./svg-parts";

/** The zoom the figure's window stands for (1: the whole map). */
export function figureZoom(figure: MapFigure): number {
  if (!figure.view) return 1;
  const [west, , east] = figure.view;
  return (MAP_EXTENT.east - MAP_EXTENT.west) / (east - west);
}

/** The marks drawn, and the circles of the point markers and of the count bubbles. */
export interface DrawnMarks {
  markup: string;
  markers: Circle[];
  bubbles: Circle[];
}

export function drawMapMarks(
  figure: MapFigure,
  draw: {
    xy: (lon: number, lat: number) => [number, number];
    d: (shape: GeoPermissibleObjects) => string;
    maxRadius: number;
  },
  ctx: DrawContext,
): DrawnMarks {
  const fs = ctx.fontSize;
  const { background, foreground, muted } = ctx.ink;
  const { xy, d, maxRadius } = draw;
  const out: string[] = [];
  const markers: Circle[] = [];
  const bubbles: Circle[] = [];
  const points = figure.marks.filter((m) => m.precision !== "line");
  const sites = colocatedSites(points, (m) => [m.coordinates[0]![0], m.coordinates[0]![1]]);
  const spread = figureZoom(figure) >= SPREAD_ZOOM;
  const radius = (m: MapFigureMark) => mapRadius(m.size, figure.sizeMax, maxRadius, fs);
  const placed = new Map<MapFigureMark, [number, number]>();
  const inBubble = new Set<MapFigureMark>();
  for (const site of sites) {
    const [x, y] = xy(site.lon, site.lat);
    if (!spread) {
      for (const m of site.items) inBubble.add(m);
      continue;
    }
    const offsets = spreadOffsets(site.items.map(radius), 0.2 * fs);
    site.items.forEach((m, i) => {
      const [px, py] = [x + offsets[i]![0], y + offsets[i]![1]];
      placed.set(m, [px, py]);
      out.push(
        `<line x1="${r2(x)}" y1="${r2(y)}" x2="${r2(px)}" y2="${r2(py)}" stroke="${muted}" stroke-width="1"/>`,
      );
    });
  }

  for (const m of figure.marks) {
    const color = ctx.color(m.color);
    if (m.precision === "line") {
      const [a, b] = m.coordinates;
      const line = d({
        type: "LineString",
        coordinates: [
          [a![0], a![1]],
          [b![0], b![1]],
        ],
      });
      out.push(
        `<path d="${line}" fill="none" stroke="${color}" stroke-width="${r2(0.26 * fs)}" stroke-linecap="round"/>`,
      );
      for (const [lon, lat] of [a!, b!]) {
        const [x, y] = xy(lon, lat);
        out.push(
          `<circle cx="${r2(x)}" cy="${r2(y)}" r="${r2(0.24 * fs)}" fill="${color}" stroke="${background}" stroke-width="1"/>`,
        );
      }
      continue;
    }
    if (inBubble.has(m)) continue;
    const [x, y] = placed.get(m) ?? xy(m.coordinates[0]![0], m.coordinates[0]![1]);
    const r = radius(m);
    markers.push({ cx: x, cy: y, r });
    out.push(
      m.precision === "exact"
        ? `<circle cx="${r2(x)}" cy="${r2(y)}" r="${r2(r)}" fill="${color}" fill-opacity="0.85" stroke="${background}" stroke-width="1.2"/>`
        : `<circle cx="${r2(x)}" cy="${r2(y)}" r="${r2(r)}" fill="none" stroke="${color}" stroke-width="${r2(0.17 * fs)}"/>`,
    );
  }

  if (!spread)
    for (const site of sites) {
      const [x, y] = xy(site.lon, site.lat);
      const r = bubbleRadius(site.items.length, fs);
      bubbles.push({ cx: x, cy: y, r });
      out.push(
        `<circle cx="${r2(x)}" cy="${r2(y)}" r="${r2(r)}" fill="${foreground}" stroke="${background}" stroke-width="1.5" data-site="${site.items.length}"/>`,
        svgText(ctx, x, y, formatNumber(site.items.length, ctx.format), {
          size: 0.9 * fs,
          weight: 700,
          fill: background,
          anchor: "middle",
          baseline: "middle",
        }),
      );
    }
  return { markup: out.join(""), markers, bubbles };
}
