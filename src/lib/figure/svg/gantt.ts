/**
 * The Gantt's body for a slide or a page, and its pagination. Rows are sized for the target (two
 * lines of name at the base text size), the year axis heads every page, and the rows that do not
 * fit one page go to the next with their group's heading repeated and "continued" in the title.
 */
import { formatPartialDate } from "../../format";
import { wrapText } from "../../export/text-layout";
import type { GanttFigure, GanttFigureRow } from "../figure";
import type { DrawBody, DrawContext, FigureTarget, Paginate } from "./draw-context";
import { hatchPattern, idPrefix, mixHex, placeLabel, r2, svgText, yearAxis } from "./svg-parts";

/** Heights in units of the base text size. */
const ROW = 2.75;
const MIN_ROW = 1.35;
const GROUP = 2.1;
const AXIS = 3.3;
/** What the caption, legend and footer of a page take, in units of the base text size. */
const CHROME = 22;

/** Page heights in the composer's units at 1× (A4 landscape at 96 dpi). */
const PAGE_HEIGHT: Record<Exclude<FigureTarget, "screen">, number> = {
  "slide-16x9": 1080,
  "slide-4x3": 1200,
  square: 1200,
  "a4-landscape": 794,
};

type Group = GanttFigure["groups"][number];

function fillPages(groups: readonly Group[], capacity: number, fs: number): Group[][] {
  const rowH = ROW * fs;
  const headH = GROUP * fs;
  const pages: Group[][] = [];
  let page: Group[] = [];
  let used = 0;
  const flush = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  for (const g of groups) {
    let i = 0;
    while (i < g.rows.length) {
      const remaining = g.rows.length - i;
      let fit = Math.floor((capacity - used - headH) / rowH);
      // A heading with fewer than two of its rows at the foot of a page moves to the next page.
      if (page.length > 0 && fit < Math.min(2, remaining)) {
        flush();
        continue;
      }
      fit = Math.max(1, fit);
      const take = Math.min(fit, remaining);
      page.push({ ...g, rows: g.rows.slice(i, i + take), continued: i > 0 || g.continued });
      used += headH + take * rowH;
      i += take;
      if (i < g.rows.length) flush();
    }
  }
  if (page.length > 0) flush();
  return pages;
}

/**
 * Splits the rows over as many pages as a row height readable at the target needs, then evens the
 * pages out (the least capacity giving the same number of pages), so that no page is crowded and
 * the last is not a stub. Screen: one page.
 */
export const paginateGantt: Paginate<GanttFigure> = (figure, target, ctx) => {
  if (target === "screen") return [figure];
  const fs = ctx.fontSize;
  const capacity = PAGE_HEIGHT[target] - CHROME * fs - AXIS * fs;
  let pages = fillPages(figure.groups, capacity, fs);
  const count = pages.length;
  if (count <= 1) return [{ ...figure, page: null }];
  for (let cap = capacity - ROW * fs; cap >= (GROUP + ROW) * fs; cap -= ROW * fs) {
    const fewer = fillPages(figure.groups, cap, fs);
    if (fewer.length !== count) break;
    pages = fewer;
  }
  return pages.map((groups, i) => ({
    ...figure,
    title: i === 0 ? figure.title : continuedTitle(figure.title, ctx.words.continued, figure.lang),
    groups,
    page: { index: i + 1, count },
  }));
};

function continuedTitle(title: string, continued: string, lang: string): string {
  return lang === "zh" ? `${title}（${continued}）` : `${title} (${continued})`;
}

function lines(text: string, width: number, size: number, max: number, ctx: DrawContext): string[] {
  const style = { size, weight: 400 as const };
  const all = wrapText(text, width, style, ctx.measure);
  if (all.length <= max) return all;
  const kept = all.slice(0, max);
  let last = kept[max - 1]!;
  while (last.length > 1 && ctx.measure(`${last}…`, style) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}

export const drawGanttBody: DrawBody<GanttFigure> = (figure, area, ctx) => {
  const fs = ctx.fontSize;
  const { foreground, muted, grid, axis, background } = ctx.ink;
  const rowCount = figure.groups.reduce((n, g) => n + g.rows.length, 0);
  const ideal = AXIS * fs + figure.groups.length * GROUP * fs + rowCount * ROW * fs;
  const squeeze = Math.min(1, (area.height - AXIS * fs) / Math.max(1, ideal - AXIS * fs));
  const rowH = Math.max(MIN_ROW * fs, ROW * fs * squeeze);
  const headH = Math.max(1.5 * fs, GROUP * fs * squeeze);
  const maxLines = rowH >= 2.5 * fs ? 2 : 1;
  const labelW = Math.min(30 * fs, Math.max(12 * fs, area.width * 0.3));
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
  const rowsTop = top + AXIS * fs;
  let y = rowsTop;
  const body: string[] = [];
  let stripe = 0;
  for (const g of figure.groups) {
    const head = g.continued
      ? `${g.label} (${ctx.words.continued})`
      : `${g.label} (${g.rows.length})`;
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
      if (stripe++ % 2 === 1)
        body.push(
          `<rect x="${r2(area.x)}" y="${r2(y)}" width="${r2(area.width)}" height="${r2(rowH)}" fill="${mixHex(grid, background, 0.45)}"/>`,
        );
      const text = lines(row.label, labelW, fs, maxLines, ctx);
      const lineH = fs * 1.2;
      const firstY = y + rowH / 2 - ((text.length - 1) * lineH) / 2 + fs * 0.35;
      const side = placeLabel(row.label, rtl);
      text.forEach((t, i) =>
        body.push(
          svgText(ctx, labelX, firstY + i * lineH, t, { size: fs, fill: foreground, ...side }),
        ),
      );
      body.push(rowMarks(row, y + rowH / 2, Math.min(0.95 * fs, rowH * 0.42), x, ctx, hatchId));
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
