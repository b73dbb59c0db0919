/**
 * The map's body: Pakistan's provinces and territories shaded by the figure's measure, the projects
 * over them as points sized on a square-root scale (a filled disc for a located site, a ring for a
 * town standing in for it) or as lines, coloured by status; the Line of Control and the Siachen
 * line dashed as on screen. The projection is fitted to the rectangle (or to the reader's zoom);
 * the size and shade keys sit beside the map, or over the sea when there is no room beside it.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { formatNumber } from "../../format";
import { wrapText } from "../../export/text-layout";
import type { MapFigure } from "../figure";
import { formatValue } from "../format-value";
import { boxFeature, DATA_FRAME, MAP_EXTENT_FEATURE, NEIGHBOUR_LABELS, UNIT_LABELS } from "../geo";
import type { DrawBody, DrawContext, Rect } from "./draw-context";
import { idPrefix, mixHex, placeLabel, r2, svgText } from "./svg-parts";

/**
 * The shade ramp's share of the palette colour per class: light enough for the markers on top. The
 * ramp is purple (chart-9), not the screen's blue, because here the provinces are shaded under the
 * projects and beside a blue sea: no status colour and not the sea can be taken for a class.
 */
const RAMP = [0.1, 0.2, 0.32, 0.45, 0.6];

export function shadeColor(index: number, count: number, ctx: DrawContext): string {
  if (index < 0 || count <= 0) return ctx.ink.background;
  const step =
    count === 1 ? RAMP.length - 1 : Math.round((index * (RAMP.length - 1)) / (count - 1));
  return mixHex(ctx.color("chart-9"), ctx.ink.background, RAMP[step]!);
}

/** Marker radius on a square-root scale: area proportional to the value; small ones stay visible. */
export function mapRadius(
  value: number | null,
  max: number,
  maxRadius: number,
  fs: number,
): number {
  if (value === null) return 0.32 * fs;
  if (max <= 0) return 0.38 * fs;
  return Math.max(0.38 * fs, maxRadius * Math.sqrt(value / max));
}

export const drawMapBody: DrawBody<MapFigure> = (figure, area, ctx) => {
  const fs = ctx.fontSize;
  const { foreground, muted, background } = ctx.ink;
  const prefix = idPrefix(figure.id, 0, area);
  const beside = area.width / area.height > 1.3;
  const keyW = beside ? Math.min(24 * fs, area.width * 0.3) : Math.min(20 * fs, area.width * 0.42);
  const gap = 1.5 * fs;
  const mapBox: Rect = beside ? { ...area, width: area.width - keyW - gap } : area;
  const fit = figure.view ? boxFeature(...figure.view) : MAP_EXTENT_FEATURE;
  const projection = geoMercator().fitExtent(
    [
      [0, 0],
      [mapBox.width, mapBox.height],
    ],
    fit,
  );
  // Never wider than the boundary data reaches: beyond it there is nothing to draw.
  const west = Math.max(0, projection([DATA_FRAME.west, 30])?.[0] ?? 0);
  const east = Math.min(mapBox.width, projection([DATA_FRAME.east, 30])?.[0] ?? mapBox.width);
  const clipW = east - west;
  const used = beside ? clipW + gap + keyW : area.width;
  const offset = (area.width - used) / 2;
  const mapX = beside && ctx.rtl ? area.x + offset + keyW + gap : area.x + offset;
  const [tx, ty] = projection.translate();
  projection.translate([tx + mapX - west, ty + area.y]);
  const clip: Rect = { x: mapX, y: area.y, width: clipW, height: mapBox.height };
  const path = geoPath(projection);
  const d = (shape: GeoPermissibleObjects) => path(shape) ?? "";
  const xy = (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0];
  const geo = figure.geography;

  const out: string[] = [];
  out.push(
    `<defs><clipPath id="${prefix}-clip"><rect x="${r2(clip.x)}" y="${r2(clip.y)}" width="${r2(clip.width)}" height="${r2(clip.height)}"/></clipPath></defs>`,
    `<g clip-path="url(#${prefix}-clip)">`,
    `<rect x="${r2(clip.x)}" y="${r2(clip.y)}" width="${r2(clip.width)}" height="${r2(clip.height)}" fill="${mixHex(ctx.color("chart-1"), background, 0.14)}"/>`,
  );
  // Neighbouring countries: a faint tint of the text colour on the card, quieter than Pakistan.
  const neighbourFill = mixHex(foreground, background, 0.1);
  for (const n of geo.neighbours) out.push(`<path d="${d(n)}" fill="${neighbourFill}"/>`);
  out.push(
    `<path d="${d(geo.neighbourLines)}" fill="none" stroke="${mixHex(foreground, background, 0.25)}" stroke-width="0.8"/>`,
  );
  const shadeOf = new Map(figure.provinces.map((p) => [p.key, p.shade]));
  for (const u of geo.units)
    out.push(
      `<path d="${d(u)}" fill="${shadeColor(shadeOf.get(u.province) ?? -1, figure.shadeClasses.length, ctx)}"/>`,
    );
  out.push(
    `<path d="${d(geo.provinceLines)}" fill="none" stroke="${muted}" stroke-width="1"/>`,
    `<path d="${d(geo.outline)}" fill="none" stroke="${foreground}" stroke-width="1.4" stroke-linejoin="round"/>`,
    `<path d="${d(geo.lineOfControl)}" fill="none" stroke="${foreground}" stroke-width="1.8" stroke-dasharray="6 4"/>`,
    `<path d="${d(geo.siachenLine)}" fill="none" stroke="${foreground}" stroke-width="1.8" stroke-dasharray="2 4"/>`,
  );
  for (const l of NEIGHBOUR_LABELS) {
    const [x, y] = xy(l.at[0], l.at[1]);
    if (y - fs < clip.y || y > clip.y + clip.height) continue;
    out.push(
      svgText(ctx, x, y, figure.placeNames[l.key] ?? l.key, {
        size: fs,
        fill: muted,
        anchor: "middle",
        italic: true,
      }),
    );
  }

  // Projects: lines first, then points largest first, so that small markers stay on top.
  const maxRadius = Math.min(2.6 * fs, Math.max(1.1 * fs, Math.min(clip.width, clip.height) / 26));
  const stacks = new Map<string, string[]>();
  for (const m of figure.marks)
    if (m.precision !== "line") {
      const key = m.coordinates[0]!.join(",");
      stacks.set(key, [...(stacks.get(key) ?? []), m.id]);
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
    let [x, y] = xy(m.coordinates[0]![0], m.coordinates[0]![1]);
    const stack = stacks.get(m.coordinates[0]!.join(",")) ?? [];
    if (stack.length > 1) {
      // Several projects at one town: fanned out a little, as on screen, so each stays visible.
      const angle = -Math.PI / 2 + (2 * Math.PI * stack.indexOf(m.id)) / stack.length;
      const dist = Math.min(0.9 * fs, (4 + stack.length) * (fs / 13));
      x += dist * Math.cos(angle);
      y += dist * Math.sin(angle);
    }
    const r = mapRadius(m.size, figure.sizeMax, maxRadius, fs);
    out.push(
      m.precision === "exact"
        ? `<circle cx="${r2(x)}" cy="${r2(y)}" r="${r2(r)}" fill="${color}" fill-opacity="0.85" stroke="${background}" stroke-width="1.2"/>`
        : `<circle cx="${r2(x)}" cy="${r2(y)}" r="${r2(r)}" fill="none" stroke="${color}" stroke-width="${r2(0.17 * fs)}"/>`,
    );
  }

  // Province names inside their provinces, over the markers, with a halo.
  for (const u of geo.units) {
    const label = UNIT_LABELS[u.province];
    const [x, y] = xy(label.at[0], label.at[1]);
    if (label.leader) {
      const [lx, ly] = xy(label.leader[0], label.leader[1]);
      out.push(
        `<line x1="${r2(x + (label.anchor === "end" ? 3 : -3))}" y1="${r2(y - fs / 3)}" x2="${r2(lx)}" y2="${r2(ly)}" stroke="${foreground}" stroke-width="1"/>`,
      );
    }
    (figure.placeNames[u.province] ?? u.province).split("\n").forEach((line, i) =>
      out.push(
        svgText(ctx, x, y + i * fs * 1.15, line, {
          size: fs,
          weight: 700,
          fill: foreground,
          anchor: label.anchor,
          halo: background,
        }),
      ),
    );
  }
  out.push(`</g>`);
  out.push(
    `<rect x="${r2(clip.x)}" y="${r2(clip.y)}" width="${r2(clip.width)}" height="${r2(clip.height)}" fill="none" stroke="${ctx.ink.grid}" stroke-width="1"/>`,
  );

  const keyX = beside ? (ctx.rtl ? area.x + offset : clip.x + clip.width + gap) : clip.x + fs;
  const { height: keyH } = drawKey(figure, keyX, 0, keyW, maxRadius, ctx);
  const keyY = beside
    ? area.y + Math.max(0, (clip.height - keyH) / 2)
    : clip.y + clip.height - keyH - fs;
  if (!beside)
    out.push(
      `<rect x="${r2(keyX - fs / 2)}" y="${r2(keyY - fs / 2)}" width="${r2(keyW + fs)}" height="${r2(keyH + fs)}" rx="4" fill="${background}" fill-opacity="0.92" stroke="${ctx.ink.grid}"/>`,
    );
  out.push(drawKey(figure, keyX, keyY, keyW, maxRadius, ctx).markup);
  return `<g data-body="map">${out.join("")}</g>`;
};

/** The size key (reference circles with their values) and the shade key, from y = 0 down. */
function drawKey(
  figure: MapFigure,
  x0: number,
  y0: number,
  width: number,
  maxRadius: number,
  ctx: DrawContext,
): { markup: string; height: number } {
  const fs = ctx.fontSize;
  const { foreground, muted } = ctx.ink;
  const rtl = ctx.rtl;
  const edge = rtl ? x0 + width : x0;
  const out: string[] = [];
  let y = y0;
  const paragraph = (text: string, weight: 400 | 700, fill: string) => {
    for (const line of wrapText(text, width, { size: fs, weight }, ctx.measure)) {
      y += fs * 1.25;
      out.push(svgText(ctx, edge, y, line, { size: fs, weight, fill, ...placeLabel(line, rtl) }));
    }
  };
  paragraph(figure.sizeLabel, 700, foreground);
  if (figure.sizeKey.length > 0) {
    const radii = figure.sizeKey.map((v) => mapRadius(v, figure.sizeMax, maxRadius, fs));
    const base = y + 0.6 * fs + 2 * radii[0]!;
    const slot = width / figure.sizeKey.length;
    figure.sizeKey.forEach((v, i) => {
      const cx = rtl ? x0 + width - slot * (i + 0.5) : x0 + slot * (i + 0.5);
      out.push(
        `<circle cx="${r2(cx)}" cy="${r2(base - radii[i]!)}" r="${r2(radii[i]!)}" fill="none" stroke="${foreground}" stroke-width="1.5"/>`,
      );
      const text = formatValue(v, figure.sizeUnit, ctx.format, {
        short: figure.sizeUnit === "usd-millions",
      });
      out.push(
        svgText(ctx, cx, base + 1.3 * fs, text, { size: fs, fill: foreground, anchor: "middle" }),
      );
    });
    y = base + 1.6 * fs;
  }
  for (const note of figure.sizeNotes) paragraph(note, 400, muted);
  y += 0.9 * fs;
  paragraph(figure.shadeLabel, 700, foreground);
  const swatch = (fill: string, label: string) => {
    y += fs * 1.5;
    const sx = rtl ? x0 + width - 1.8 * fs : x0;
    out.push(
      `<rect x="${r2(sx)}" y="${r2(y - fs)}" width="${r2(1.8 * fs)}" height="${r2(1.15 * fs)}" rx="2" fill="${fill}" stroke="${ctx.ink.grid}"/>`,
    );
    const tx = rtl ? sx - 0.5 * fs : sx + 2.3 * fs;
    out.push(
      svgText(ctx, tx, y, label, {
        size: fs,
        fill: foreground,
        ...(rtl ? { anchor: "end" as const } : {}),
      }),
    );
  };
  swatch(shadeColor(-1, figure.shadeClasses.length, ctx), figure.shadeNone);
  const short = (v: number) =>
    figure.shadeUnit === "usd-millions"
      ? formatValue(v, "usd-millions", ctx.format, { short: true })
      : formatNumber(v, ctx.format);
  figure.shadeClasses.forEach((c, i) =>
    swatch(
      shadeColor(i, figure.shadeClasses.length, ctx),
      c.from === c.upper ? short(c.upper) : `${short(c.from)}–${short(c.upper)}`,
    ),
  );
  return { markup: out.join(""), height: y - y0 + 0.4 * fs };
}
