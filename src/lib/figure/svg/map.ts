/**
 * The map's body: Pakistan's provinces and territories shaded by the figure's measure, the projects
 * over them as points sized on a square-root scale (a filled disc for a located site, a ring for a
 * town standing in for it) or as lines, coloured by status; the Line of Control and the Siachen
 * line dashed as on screen. The projection is fitted to the rectangle (or to the reader's zoom);
 * the size and shade keys sit beside the map, or over the sea when there is no room beside it.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { MapFigure } from "../figure-map";
import { boxFeature, DATA_FRAME, MAP_EXTENT_FEATURE, NEIGHBOUR_LABELS, UNIT_LABELS } from "../geo";
import { labelPoint } from "../unit-labels";
import type { DrawBody, Rect } from "./draw-context";
import { drawKey, shadeColor, shadeKeyWidth } from "./map-key";
import { pixelShape, type Box } from "./label-geometry";
import { layoutMapLabels } from "./map-labels";

/** The smallest text on a slide 1920 pixels wide (issue: no text under 14 px). */
const MIN_TEXT = 14;
import { drawMapMarks } from "./map-marks";
import { idPrefix, mixHex, r2, svgText } from "./svg-parts";

export { mapRadius, shadeColor } from "./map-key";

/**
 * The neighbours a Pakistani unit's name may stand over, with a leader line, when it has no room
 * inside (besides the sea): never India, the disputed Siachen area or China beyond Gilgit-Baltistan,
 * where a name would read as a claim.
 */
const MARGIN_COUNTRIES = new Set(["Afghanistan", "Iran", "Tajikistan"]);

export const drawMapBody: DrawBody<MapFigure> = (figure, area, ctx) => {
  const fs = ctx.fontSize;
  const { foreground, muted, background } = ctx.ink;
  const prefix = idPrefix(figure.id, 0, area);
  const beside = area.width / area.height > 1.3;
  // Beside the map, the key is as wide as its class ranges need on one line, up to 38 %.
  const keyW = beside
    ? Math.min(
        Math.max(Math.min(24 * fs, area.width * 0.3), shadeKeyWidth(figure, ctx)),
        area.width * 0.38,
      )
    : Math.min(20 * fs, area.width * 0.42);
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
  const neighbourBoxes: Box[] = [];
  for (const l of NEIGHBOUR_LABELS) {
    const [x, y] = xy(l.at[0], l.at[1]);
    if (y - fs < clip.y || y > clip.y + clip.height) continue;
    const name = figure.placeNames[l.key] ?? l.key;
    const w = ctx.measure(name, { size: fs, weight: 400 });
    neighbourBoxes.push({ x0: x - w / 2, y0: y - 0.8 * fs, x1: x + w / 2, y1: y + 0.25 * fs });
    out.push(svgText(ctx, x, y, name, { size: fs, fill: muted, anchor: "middle", italic: true }));
  }

  // Projects: lines first, then points largest first, so that small markers stay on top.
  const maxRadius = Math.min(2.6 * fs, Math.max(1.1 * fs, Math.min(clip.width, clip.height) / 26));
  const marks = drawMapMarks(figure, { xy, d, maxRadius }, ctx);
  out.push(marks.markup);

  // Province names over the markers, with a halo, clear of each other and of the count bubbles.
  const lineH = fs * 1.15;
  const xyOf = (p: readonly [number, number]): [number, number] => xy(p[0], p[1]);
  // Where a name set outside its unit may stand: Pakistan, a margin country or the sea.
  const homeGround = [
    ...geo.units,
    ...geo.neighbours.filter((n) => MARGIN_COUNTRIES.has(n.properties.name)),
  ].map((f) => pixelShape(f.geometry, xyOf));
  const otherGround = geo.neighbours
    .filter((n) => !MARGIN_COUNTRIES.has(n.properties.name))
    .map((f) => pixelShape(f.geometry, xyOf));
  const labels = layoutMapLabels({
    units: [...geo.units]
      .sort((a, b) => path.area(a) - path.area(b))
      .map((u) => {
        const place = UNIT_LABELS[u.province];
        const short = figure.placeNames[`short:${u.province}`];
        const at = xyOf(labelPoint(u));
        return {
          key: u.province,
          contains: pixelShape(u.geometry, xyOf),
          at,
          ...(place.leader ? {} : { preferred: xyOf(place.at) }),
          target: place.leader ? xyOf(place.leader) : at,
          full: (figure.placeNames[u.province] ?? u.province).split("\n"),
          short: short ? [short] : null,
        };
      }),
    fontSize: fs,
    lineHeight: lineH,
    measure: (line) => ctx.measure(line, { size: fs, weight: 700 }),
    bounds: clip,
    circles: marks.bubbles,
    boxes: neighbourBoxes,
    soft: marks.markers,
    ground: (p) =>
      homeGround.some((inside) => inside(p)) || !otherGround.some((inside) => inside(p)),
  });
  // Leaders first, so that one passing behind another name runs under its halo.
  for (const { leader } of labels) {
    if (!leader) continue;
    const { from, to } = leader;
    const line = `x1="${r2(from[0])}" y1="${r2(from[1])}" x2="${r2(to[0])}" y2="${r2(to[1])}"`;
    out.push(
      `<line ${line} stroke="${background}" stroke-width="3.5" stroke-linecap="round"/>`,
      `<line ${line} stroke="${foreground}" stroke-width="1.5" stroke-linecap="round"/>`,
    );
  }
  for (const label of labels) {
    const top = label.y - (label.lines.length * lineH) / 2 + 0.85 * fs;
    out.push(`<g data-unit-label="${label.key}">`);
    label.lines.forEach((line, i) =>
      out.push(
        svgText(ctx, label.x, top + i * lineH, line, {
          size: fs,
          weight: 700,
          fill: foreground,
          anchor: "middle",
          halo: background,
        }),
      ),
    );
    out.push(`</g>`);
  }
  out.push(`</g>`);
  out.push(
    `<rect x="${r2(clip.x)}" y="${r2(clip.y)}" width="${r2(clip.width)}" height="${r2(clip.height)}" fill="none" stroke="${ctx.ink.grid}" stroke-width="1"/>`,
  );

  const keyX = beside ? (ctx.rtl ? area.x + offset : clip.x + clip.width + gap) : clip.x + fs;
  const severalId = `${prefix}-several`;
  const { height: keyH } = drawKey(figure, keyX, 0, keyW, maxRadius, ctx, severalId);
  const keyY = beside
    ? area.y + Math.max(0, (clip.height - keyH) / 2)
    : clip.y + clip.height - keyH - fs;
  if (!beside)
    out.push(
      `<rect x="${r2(keyX - fs / 2)}" y="${r2(keyY - fs / 2)}" width="${r2(keyW + fs)}" height="${r2(keyH + fs)}" rx="4" fill="${background}" fill-opacity="0.92" stroke="${ctx.ink.grid}"/>`,
    );
  const key = drawKey(figure, keyX, keyY, keyW, maxRadius, ctx, severalId).markup;
  // A key taller than the body beside the map (Urdu's taller lines on a crowded slide) is set a
  // little smaller to fit, never below the smallest text a slide allows (MIN_TEXT).
  const keyScale = beside && keyH > area.height ? Math.max(area.height / keyH, MIN_TEXT / fs) : 1;
  out.push(
    keyScale < 1
      ? `<g transform="translate(${r2(keyX)} ${r2(area.y)}) scale(${keyScale.toFixed(3)}) translate(${r2(-keyX)} ${r2(-keyY)})">${key}</g>`
      : key,
  );
  return `<g data-body="map">${out.join("")}</g>`;
};
