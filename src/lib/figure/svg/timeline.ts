/**
 * The timeline's body: one lane per kind along one time axis, a dot for a date known to the day, a
 * hatched span for a month or a year, events of a kind on one date as one mark with their number.
 * No brush, no hints: the range is the figure's. Time runs left to right in every language; in
 * Urdu the lane labels sit on the right.
 */
import { packRows } from "@/data/selectors/timeline-lanes";
import { formatNumber } from "../../format";
import { wrapText } from "../../export/text-layout";
import type { TimelineFigure, TimelineMark } from "../figure";
import type { DrawBody } from "./draw-context";
import { hatchPattern, idPrefix, placeLabel, r2, svgText, yearAxis } from "./svg-parts";

/** Sizes in units of the base text size. */
const DOT = 1;
const CLUSTER = 1.9;
const SUB_ROW = 2.2;
const MIN_SUB_ROW = 1.3;
const LANE_PAD = 0.8;
const AXIS = 2.4;
const TOP = 1.8;
/** The least share of their full size marks are drawn at in a crowded lane. */
const MIN_MARK = 0.5;

interface Placed {
  mark: TimelineMark;
  from: number;
  to: number;
  point: boolean;
}

export const drawTimelineBody: DrawBody<TimelineFigure> = (figure, area, ctx) => {
  const fs = ctx.fontSize;
  const { foreground, grid, axis, background } = ctx.ink;
  const rtl = ctx.rtl;
  const labelW = Math.min(18 * fs, Math.max(9 * fs, area.width * 0.2));
  const px0 = rtl ? area.x + fs : area.x + labelW + fs;
  const px1 = rtl ? area.x + area.width - labelW - fs : area.x + area.width - fs;
  const { start, end } = figure.domain;
  const x = (t: number) =>
    px0 + ((Math.min(end, Math.max(start, t)) - start) / (end - start)) * (px1 - px0);
  const prefix = idPrefix(figure.id, 0, area);

  // The marks are packed into sub-rows; when the rows at full size would not fit the height, the
  // marks (not the text) are drawn smaller, down to half size, so the drawing keeps the full width
  // and its text size. Laid out for its box: it is never scaled down as a whole.
  const placeLanes = (k: number) =>
    figure.lanes.map((lane) => {
      const placed: Placed[] = lane.marks
        .map((mark) => {
          const point = mark.precision === "day";
          const min = markSize(mark, fs, ctx, k);
          const a = x(mark.start);
          const b = x(mark.end);
          const from = point ? (a + b) / 2 - min / 2 : a;
          const to = point ? from + min : Math.max(b, a + min);
          return { mark, from, to, point };
        })
        .sort((p, q) => p.from - q.from);
      const rows = packRows(
        placed.map((p) => ({ from: p.from, to: p.to + fs * 0.2 * k })),
        0,
      );
      return { lane, placed, rows, count: Math.max(1, ...rows.map((r) => r + 1)) };
    });
  const available = area.height - (TOP + AXIS) * fs - figure.lanes.length * LANE_PAD * fs;
  const subRowsOf = (l: ReturnType<typeof placeLanes>) => l.reduce((n, x) => n + x.count, 0);
  let k = 1;
  let lanes = placeLanes(k);
  while (k > MIN_MARK + 1e-9 && available / Math.max(1, subRowsOf(lanes)) < MIN_SUB_ROW * fs * k) {
    k = Math.round((k - 0.1) * 10) / 10;
    lanes = placeLanes(k);
  }
  const subRows = subRowsOf(lanes);
  // Where even half-size marks need more rows than the height holds, the rows share it: the
  // marks get smaller with them (never the text), and the axis stays inside the box.
  const subRowH = Math.max(1, Math.min(SUB_ROW * fs * 1.6, available / Math.max(1, subRows)));

  const defs: string[] = [];
  const body: string[] = [];
  let y = area.y + TOP * fs;
  const labelX = rtl ? area.x + area.width : area.x + 1.3 * fs;
  lanes.forEach(({ lane, placed, rows, count }, laneIndex) => {
    const color = ctx.color(lane.color);
    const hatch = `${prefix}-hatch-${laneIndex}`;
    defs.push(hatchPattern(hatch, color, background, fs * 0.45));
    const laneH = count * subRowH + LANE_PAD * fs;
    if (laneIndex > 0)
      body.push(
        `<line x1="${r2(area.x)}" x2="${r2(area.x + area.width)}" y1="${r2(y)}" y2="${r2(y)}" stroke="${grid}" stroke-width="1.5"/>`,
      );
    // The lane's label: its colour, its name and how many events it holds.
    const text = `${lane.label} (${formatNumber(lane.count, ctx.format)})`;
    const lines = wrapText(text, labelW - 1.5 * fs, { size: fs, weight: 600 }, ctx.measure).slice(
      0,
      3,
    );
    const firstY =
      y + LANE_PAD * fs * 0.5 + Math.min(subRowH, laneH) / 2 - ((lines.length - 1) * 1.2 * fs) / 2;
    const dotX = rtl ? area.x + area.width - 0.5 * fs : area.x + 0.5 * fs;
    body.push(`<circle cx="${r2(dotX)}" cy="${r2(firstY)}" r="${r2(0.45 * fs)}" fill="${color}"/>`);
    lines.forEach((line, i) =>
      body.push(
        svgText(ctx, rtl ? labelX - 1.3 * fs : labelX, firstY + i * 1.2 * fs, line, {
          size: fs,
          weight: 600,
          fill: foreground,
          baseline: "middle",
          ...placeLabel(line, rtl),
        }),
      ),
    );
    placed.forEach((p, i) => {
      const cy = y + LANE_PAD * fs * 0.5 + (rows[i]! + 0.5) * subRowH;
      body.push(drawMark(p, cy, color, hatch, fs, subRowH, ctx));
    });
    y += laneH;
  });
  const bottom = y;

  const out: string[] = [];
  const years = yearAxis(figure.domain, px0, px1, ctx, fs);
  for (const tx of years.ticks)
    out.push(
      `<line x1="${r2(tx)}" x2="${r2(tx)}" y1="${r2(area.y + TOP * fs)}" y2="${r2(bottom)}" stroke="${grid}" stroke-width="1"/>`,
    );
  out.push(...body);
  out.push(
    `<line x1="${r2(px0)}" x2="${r2(px1)}" y1="${r2(bottom)}" y2="${r2(bottom)}" stroke="${axis}" stroke-width="1.5"/>`,
  );
  for (const tx of years.ticks)
    out.push(
      `<line x1="${r2(tx)}" x2="${r2(tx)}" y1="${r2(bottom)}" y2="${r2(bottom + 0.4 * fs)}" stroke="${axis}" stroke-width="1.5"/>`,
    );
  for (const l of years.labels)
    out.push(
      svgText(ctx, l.x, bottom + 1.6 * fs, l.text, { size: fs, fill: axis, anchor: "middle" }),
    );
  if (figure.today >= start && figure.today <= end) {
    const tx = x(figure.today);
    out.push(
      `<line x1="${r2(tx)}" x2="${r2(tx)}" y1="${r2(area.y + 1.3 * fs)}" y2="${r2(bottom)}" stroke="${foreground}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    const w = ctx.measure(ctx.words.today, { size: fs, weight: 700 });
    out.push(
      svgText(ctx, Math.min(px1 - w / 2, Math.max(px0 + w / 2, tx)), area.y + fs, ctx.words.today, {
        size: fs,
        weight: 700,
        fill: foreground,
        anchor: "middle",
      }),
    );
  }
  return `<g data-body="timeline"><defs>${defs.join("")}</defs>${out.join("")}</g>`;
};

/** A mark's least drawn width: a dot, or a disc wide enough for its number at the base size. */
function markSize(mark: TimelineMark, fs: number, ctx: Parameters<DrawBody>[2], k: number): number {
  if (mark.count <= 1) return DOT * fs * k;
  const w = ctx.measure(formatNumber(mark.count, ctx.format), { size: fs, weight: 700 });
  return Math.max(CLUSTER * fs * k, w + 0.6 * fs);
}

function drawMark(
  p: Placed,
  cy: number,
  color: string,
  hatch: string,
  fs: number,
  subRowH: number,
  ctx: Parameters<DrawBody>[2],
): string {
  const { background, foreground } = ctx.ink;
  const many = p.mark.count > 1;
  const number = many ? formatNumber(p.mark.count, ctx.format) : "";
  if (p.point) {
    const r = Math.max(1, Math.min(subRowH / 2 - 1, (p.to - p.from) / 2));
    const circle = `<circle cx="${r2((p.from + p.to) / 2)}" cy="${r2(cy)}" r="${r2(r)}" fill="${color}" stroke="${background}" stroke-width="1.5"/>`;
    if (!many) return circle;
    // The number in the disc's background colour where the disc holds it; where the rows are
    // too tight for that, in the text colour over a halo, so it is never cut by the disc's edge.
    const fits = 2 * r >= ctx.measure(number, { size: fs, weight: 700 }) + 0.2 * fs && 2 * r >= fs;
    // A row too low for a disc around the number, but high enough for a digit: a pill as wide as
    // the mark was packed (its number's width), the number inside it as in a disc.
    const pillH = subRowH - 2;
    const pill = !fits && pillH >= 0.8 * fs;
    const mark = pill
      ? `<rect x="${r2(p.from)}" y="${r2(cy - pillH / 2)}" width="${r2(p.to - p.from)}" height="${r2(pillH)}" rx="${r2(pillH / 2)}" fill="${color}" stroke="${background}" stroke-width="1.5"/>`
      : circle;
    return (
      mark +
      svgText(ctx, (p.from + p.to) / 2, cy, number, {
        size: fs,
        weight: 700,
        fill: fits || pill ? background : foreground,
        anchor: "middle",
        baseline: "middle",
        ...(fits || pill ? {} : { halo: background }),
      })
    );
  }
  const h = Math.max(1, Math.min(subRowH - 2, (many ? CLUSTER * 0.85 : DOT * 0.8) * fs));
  const rect = `<rect x="${r2(p.from)}" y="${r2(cy - h / 2)}" width="${r2(p.to - p.from)}" height="${r2(h)}" rx="2" fill="url(#${hatch})" stroke="${color}" stroke-width="2"/>`;
  return many
    ? rect +
        svgText(ctx, (p.from + p.to) / 2, cy, number, {
          size: fs,
          weight: 700,
          fill: foreground,
          anchor: "middle",
          baseline: "middle",
          halo: background,
        })
    : rect;
}
