/**
 * The Gantt's body for a slide or a page, and its pagination. Rows are sized for the target (one
 * or two lines of name at the base text size), the year axis heads every page, and the rows that
 * do not fit one page go to the next with their group's heading repeated and "continued" in the
 * title. Each page is filled with as many rows as the room its caption leaves holds.
 */
import { approximateTextWidth } from "../../export/text-layout";
import { formatNumber, formatPartialDate } from "../../format";
import type { GanttFigure, GanttFigureRow } from "../figure";
import type { DrawBody, DrawContext, Paginate, Rect } from "./draw-context";
import {
  fillGanttPages,
  GANTT_UNITS as U,
  ganttLabelWidth,
  ganttRowHeight,
  nameLines,
  type GanttRow,
} from "./gantt-layout";
import { hatchPattern, idPrefix, mixHex, placeLabel, r2, svgText, yearAxis } from "./svg-parts";
import { targetLayout } from "./targets";

/**
 * Without the composer (a body placed alone, as on a PowerPoint slide), what a page's caption,
 * legend and footer are taken to need, in units of the base text size.
 */
const CHROME = 22;

/** The most a row is stretched to fill a fixed-size page (a row of 1.7 text sizes to 2.1). */
const MAX_STRETCH = 1.25;

/**
 * Splits the rows over pages, each holding as many rows as fit at full size under its caption
 * (the composer's `bodyArea`, or an estimate). Screen, and a figure that fits: one page.
 */
export const paginateGantt: Paginate<GanttFigure> = (figure, target, ctx) => {
  if (target === "screen") return [figure];
  const fs = ctx.fontSize;
  const measure = ctx.measure ?? approximateTextWidth;
  const estimate = (): Rect => {
    const layout = targetLayout(target, undefined, figure.lang);
    const width = layout.width - 2 * layout.padding;
    return { x: layout.padding, y: 0, width, height: (layout.height ?? 0) - CHROME * fs };
  };
  const areaOf = (page: GanttFigure) => ctx.bodyArea?.(page) ?? estimate();
  const continued = continuedTitle(figure.title, ctx.words.continued, figure.lang);
  const whole = areaOf({ ...figure, page: null });
  const labelW = ganttLabelWidth(whole.width, fs);
  const heights = new Map<GanttRow, number>();
  const rowHeight = (row: GanttRow) => {
    let h = heights.get(row);
    if (h === undefined) heights.set(row, (h = ganttRowHeight(row.label, labelW, fs, measure)));
    return h;
  };
  const headH = U.group * fs;
  const axisH = U.axis * fs;
  const need = figure.groups.reduce(
    (n, g) => n + headH + g.rows.reduce((m, r) => m + rowHeight(r), 0),
    0,
  );
  if (need <= whole.height - axisH) return [{ ...figure, page: null }];
  const first = areaOf({ ...figure, page: { index: 1, count: 2 } }).height - axisH;
  const later =
    areaOf({ ...figure, title: continued, page: { index: 2, count: 2 } }).height - axisH;
  let pages = fillGanttPages(figure.groups, (i) => (i === 0 ? first : later), rowHeight, headH);
  // A last page less than half full is a stub on a screen of its own: the rows are evened out
  // over the same number of pages instead (the least room that still gives that many).
  const used = (groups: readonly GanttFigure["groups"][number][]) =>
    groups.reduce((n, g) => n + headH + g.rows.reduce((m, r) => m + rowHeight(r), 0), 0);
  if (used(pages.at(-1)!) < later / 2) {
    const count = pages.length;
    for (let cut = headH / 2; cut < later; cut += headH / 2) {
      const fewer = fillGanttPages(
        figure.groups,
        (i) => (i === 0 ? first : later) - cut,
        rowHeight,
        headH,
      );
      if (fewer.length !== count) break;
      pages = fewer;
    }
  }
  return pages.map((groups, i) => ({
    ...figure,
    title: i === 0 ? figure.title : continued,
    groups,
    page: { index: i + 1, count: pages.length },
  }));
};

/** "Title (aside)"; Chinese uses full-width brackets without a space. */
function bracketed(text: string, aside: string, lang: string): string {
  return lang === "zh" ? `${text}（${aside}）` : `${text} (${aside})`;
}

function continuedTitle(title: string, continued: string, lang: string): string {
  return bracketed(title, continued, lang);
}

export const drawGanttBody: DrawBody<GanttFigure> = (figure, area, ctx) => {
  const fs = ctx.fontSize;
  const { foreground, muted, grid, axis, background } = ctx.ink;
  const labelW = ganttLabelWidth(area.width, fs);
  const fullH = new Map(
    figure.groups.flatMap((g) =>
      g.rows.map((r) => [r, ganttRowHeight(r.label, labelW, fs, ctx.measure)] as const),
    ),
  );
  const rowsH = [...fullH.values()].reduce((a, b) => a + b, 0);
  const ideal = figure.groups.length * U.group * fs + rowsH;
  // Where the area is smaller than the rows need (a fixed-size body), rows are squeezed evenly;
  // on a page of fixed size they are stretched by up to a quarter to reach its foot, so that a
  // slide's picture is filled rather than ending a row and a heading short of it.
  const fit = (area.height - U.axis * fs) / Math.max(1, ideal);
  const squeeze = Math.min(ctx.target === "screen" ? 1 : MAX_STRETCH, fit);
  const rowHeight = (row: GanttRow) => Math.max(U.minRow * fs, fullH.get(row)! * squeeze);
  const headH = Math.max(1.5 * fs, U.group * fs * squeeze);
  const gap = fs;
  const rtl = ctx.rtl;
  const px0 = rtl ? area.x + fs / 2 : area.x + labelW + gap;
  const px1 = rtl ? area.x + area.width - labelW - gap : area.x + area.width - fs / 2;
  const labelX = rtl ? area.x + area.width : area.x;
  const { start, end } = figure.domain;
  const x = (t: number) => px0 + ((t - start) / (end - start)) * (px1 - px0);
  const prefix = idPrefix(figure.id, figure.page?.index ?? 0, area);
  const statuses = [...new Set(figure.groups.flatMap((g) => g.rows.map((r) => r.color)))];
  const hatchId = (token: string) => `${prefix}-hatch-${token}`;
  const defs = statuses.map((c) => hatchPattern(hatchId(c), ctx.color(c), background, fs * 0.5));

  const out: string[] = [];
  const top = area.y;
  const rowsTop = top + U.axis * fs;
  let y = rowsTop;
  const body: string[] = [];
  let stripe = 0;
  for (const g of figure.groups) {
    const head = bracketed(
      g.label,
      g.continued ? ctx.words.continued : formatNumber(g.total ?? g.rows.length, ctx.format),
      figure.lang,
    );
    body.push(
      svgText(ctx, labelX, y + headH - 0.55 * fs, head, {
        size: fs * 1.05,
        weight: 700,
        fill: foreground,
        ...placeLabel(head, rtl),
      }),
      `<line x1="${r2(area.x)}" x2="${r2(area.x + area.width)}" y1="${r2(y + headH - 0.2 * fs)}" y2="${r2(y + headH - 0.2 * fs)}" stroke="${axis}" stroke-width="1"/>`,
    );
    y += headH;
    for (const row of g.rows) {
      const rowH = rowHeight(row);
      if (stripe++ % 2 === 1)
        body.push(
          `<rect x="${r2(area.x)}" y="${r2(y)}" width="${r2(area.width)}" height="${r2(rowH)}" fill="${mixHex(grid, background, 0.45)}"/>`,
        );
      const text = nameLines(row.label, labelW, fs, rowH >= 2.5 * fs ? 2 : 1, ctx.measure);
      const lineH = fs * U.lineHeight;
      const firstY = y + rowH / 2 - ((text.length - 1) * lineH) / 2 + fs * 0.35;
      const side = placeLabel(row.label, rtl);
      text.forEach((t, i) =>
        body.push(
          svgText(ctx, labelX, firstY + i * lineH, t, { size: fs, fill: foreground, ...side }),
        ),
      );
      body.push(rowMarks(row, y + rowH / 2, Math.min(0.8 * fs, rowH * 0.42), x, ctx, hatchId));
      y += rowH;
    }
  }
  const bottom = y;

  // Grid, then rows, then the as-of and today lines over them, then the axis labels.
  const years = yearAxis(figure.domain, px0, px1, ctx, fs);
  for (const tx of years.ticks)
    out.push(
      `<line x1="${r2(tx)}" x2="${r2(tx)}" y1="${r2(rowsTop)}" y2="${r2(bottom)}" stroke="${grid}" stroke-width="1"/>`,
    );
  out.push(...body);
  out.push(
    `<line x1="${r2(px0)}" x2="${r2(px1)}" y1="${r2(rowsTop)}" y2="${r2(rowsTop)}" stroke="${axis}" stroke-width="1.5"/>`,
  );
  for (const l of years.labels)
    out.push(
      svgText(ctx, l.x, rowsTop - 0.45 * fs, l.text, { size: fs, fill: axis, anchor: "middle" }),
    );

  const asOfX = x(figure.asOfTime);
  const todayX = x(figure.today);
  const markY = top + 1.05 * fs;
  if (figure.asOfTime >= start && figure.asOfTime <= end) {
    out.push(
      `<line x1="${r2(asOfX)}" x2="${r2(asOfX)}" y1="${r2(top + 1.4 * fs)}" y2="${r2(bottom)}" stroke="${muted}" stroke-width="2"/>`,
    );
    const label = `${ctx.words.asOf} ${formatPartialDate(figure.asOf, ctx.format)}`;
    const w = ctx.measure(label, { size: fs, weight: 600 });
    const lx = Math.max(px0 + w, asOfX - 0.3 * fs);
    out.push(svgText(ctx, lx, markY, label, { size: fs, weight: 600, fill: muted, anchor: "end" }));
  }
  if (figure.today >= start && figure.today <= end) {
    out.push(
      `<line x1="${r2(todayX)}" x2="${r2(todayX)}" y1="${r2(top + 1.4 * fs)}" y2="${r2(bottom)}" stroke="${foreground}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    const w = ctx.measure(ctx.words.today, { size: fs, weight: 700 });
    const lx = Math.min(px1 - w, todayX + 0.3 * fs);
    out.push(svgText(ctx, lx, markY, ctx.words.today, { size: fs, weight: 700, fill: foreground }));
  }
  return `<g data-body="gantt"><defs>${defs.join("")}</defs>${out.join("")}</g>`;
};

function rowMarks(
  row: GanttFigureRow,
  cy: number,
  barH: number,
  x: (t: number) => number,
  ctx: DrawContext,
  hatchId: (token: string) => string,
): string {
  const color = ctx.color(row.color);
  const { foreground, background } = ctx.ink;
  const out: string[] = [];
  const top = r2(cy - barH / 2);
  const h = r2(barH);
  const bar = row.bar;
  if (bar && bar.ending === "planned") {
    const w = Math.max(8, x(bar.end) - x(bar.start));
    out.push(
      `<rect x="${r2(x(bar.start))}" y="${top}" width="${r2(w)}" height="${h}" rx="2" fill="${background}" stroke="${color}" stroke-width="2.5" stroke-dasharray="6 3"/>`,
    );
  } else if (bar) {
    const w = Math.max(4, x(bar.end) - x(bar.start));
    out.push(
      `<rect x="${r2(x(bar.start))}" y="${top}" width="${r2(w)}" height="${h}" rx="2" fill="url(#${hatchId(row.color)})" stroke="${color}" stroke-width="1.5"/>`,
    );
    const solidFrom = bar.startUncertain?.end ?? bar.start;
    const solidTo = bar.endUncertain?.start ?? bar.end;
    if (solidTo > solidFrom)
      out.push(
        `<rect x="${r2(x(solidFrom))}" y="${top}" width="${r2(x(solidTo) - x(solidFrom))}" height="${h}" rx="2" fill="${color}"/>`,
      );
  } else if (row.completion) {
    const cx = x((row.completion.start + row.completion.end) / 2);
    out.push(`<circle cx="${r2(cx)}" cy="${r2(cy)}" r="${r2(barH / 2)}" fill="${color}"/>`);
  }
  const plan = row.plannedCompletion;
  if (plan) {
    const px = x((plan.start + plan.end) / 2);
    // Only a plan known to the year gets its span drawn: a month would be a speck under the diamond.
    if (plan.end - plan.start > 40 * 86_400_000)
      out.push(
        `<rect x="${r2(x(plan.start))}" y="${r2(cy + barH / 2 + 2)}" width="${r2(x(plan.end) - x(plan.start))}" height="3" fill="${mixHex(foreground, background, 0.6)}"/>`,
      );
    const d = barH * 0.5;
    out.push(
      `<path d="M${r2(px)} ${r2(cy - d)}L${r2(px + d)} ${r2(cy)}L${r2(px)} ${r2(cy + d)}L${r2(px - d)} ${r2(cy)}Z" fill="${background}" stroke="${foreground}" stroke-width="2.5" stroke-linejoin="round"/>`,
    );
  }
  return out.join("");
}
