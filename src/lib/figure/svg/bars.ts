/**
 * Horizontal bars, one per category: the category labels in a column beside the bars (on the
 * right in Urdu, the bars then growing leftwards), each value written at its bar's end. A value
 * that is not reported is written as such where its bar would start; it never becomes a zero bar.
 * Labels are measured and wrapped into a column wide enough for them, never cut.
 */
import { wrapText, type TextStyle } from "../../export/text-layout";
import type { BarsFigure } from "../figure";
import type { DrawBody, DrawContext, Rect } from "./draw-context";
import { shortValue, widest } from "./axis";
import { bidi, group, middle, rect, text } from "./marks";

export interface BarsRow {
  key: string;
  /** The label's lines, each no wider than the label column. */
  lines: string[];
  value: number | null;
  /** The value as written at the bar's end, or the "not reported" words. */
  valueText: string;
  top: number;
  height: number;
}

export interface BarsLayout {
  /** The category label column. */
  labels: Rect;
  /** Where the bars start (their left end, or the right end in Urdu) and their longest length. */
  barStart: number;
  barRoom: number;
  /** The room left for the value label after the longest bar. */
  valueRoom: number;
  /** Row at the top for the value axis title, px. */
  titleRow: number;
  lineHeight: number;
  rows: BarsRow[];
}

function labelStyle(ctx: DrawContext): TextStyle {
  return { size: ctx.fontSize, weight: 400 };
}

function valueStyle(ctx: DrawContext): TextStyle {
  return { size: ctx.fontSize, weight: 600 };
}

/**
 * Positions every part of the bars. The label column takes what its longest label needs, up to
 * 38 % of the width (55 % when wrapped labels would not fit the rows); longer labels wrap.
 */
export function layoutBars(figure: BarsFigure, area: Rect, ctx: DrawContext): BarsLayout {
  const size = ctx.fontSize;
  const style = labelStyle(ctx);
  const gap = Math.round(size * 0.6);
  const lineHeight = Math.round(size * 1.25);
  const titleRow = figure.valueLabel ? Math.round(size * 1.8) : 0;
  const valueTexts = figure.bars.map((b) =>
    b.value === null ? ctx.words.notReported : shortValue(b.value, figure.valueUnit, ctx),
  );
  const valueRoom =
    Math.ceil(
      Math.max(
        ...figure.bars.map((b, i) =>
          ctx.measure(valueTexts[i]!, b.value === null ? style : valueStyle(ctx)),
        ),
        0,
      ),
    ) + gap;
  const labels = figure.bars.map((b) => b.label);
  const natural = Math.ceil(widest(labels, ctx));
  const longestWord = Math.ceil(widest(labels.join(" ").split(/\s+/), ctx));
  const available = Math.max(0, area.height - titleRow);
  const wrapAt = (share: number) => {
    const width = Math.min(natural, Math.max(longestWord, area.width * share));
    return { width, lines: labels.map((l) => wrapText(l, width, style, ctx.measure)) };
  };
  const rowsNeed = (lines: string[][]) =>
    lines.reduce((sum, l) => sum + Math.max(1, l.length) * lineHeight + size * 0.5, 0);
  let column = wrapAt(0.38);
  if (rowsNeed(column.lines) > available) column = wrapAt(0.55);
  const columnWidth = Math.min(column.width, area.width * 0.55);
  const n = Math.max(1, figure.bars.length);
  // The bars fill a slide's height, but few bars do not become fat ones or islands: a row is at
  // most six lines of text high and a bar at most 1.8.
  const rowHeight = Math.min(available / n, size * 6);
  const weights = column.lines.map((l) => Math.max(1, l.length) * lineHeight + size * 0.5);
  const total = weights.reduce((a, b) => a + b, 0);
  const fitsEvenly = weights.every((w) => w <= rowHeight);
  let top = area.y + titleRow;
  const rows = figure.bars.map((b, i) => {
    const height = fitsEvenly ? rowHeight : (weights[i]! / total) * available;
    const row = {
      key: b.key,
      lines: column.lines[i]!,
      value: b.value,
      valueText: valueTexts[i]!,
      top,
      height,
    };
    top += height;
    return row;
  });
  const labelsRect: Rect = {
    x: ctx.rtl ? area.x + area.width - columnWidth : area.x,
    y: area.y + titleRow,
    width: columnWidth,
    height: available,
  };
  const barStart = ctx.rtl ? labelsRect.x - gap : area.x + columnWidth + gap;
  const barRoom = Math.max(0, area.width - columnWidth - gap - valueRoom);
  return { labels: labelsRect, barStart, barRoom, valueRoom, titleRow, lineHeight, rows };
}

/** The height bars want on a screen of a width: each row as tall as its wrapped label. */
export function barsHeight(figure: BarsFigure, width: number, ctx: DrawContext): number {
  const size = ctx.fontSize;
  const style = labelStyle(ctx);
  const labels = figure.bars.map((b) => b.label);
  const natural = Math.ceil(widest(labels, ctx));
  const column = Math.min(natural, width * 0.38);
  const lineHeight = Math.round(size * 1.25);
  const rows = labels.reduce(
    (sum, l) =>
      sum +
      Math.max(
        size * 2.4,
        Math.max(1, wrapText(l, column, style, ctx.measure).length) * lineHeight + size * 0.5,
      ),
    0,
  );
  return Math.ceil(rows + (figure.valueLabel ? size * 1.8 : 0));
}

export const drawBars: DrawBody<BarsFigure> = (figure, area, ctx) => {
  const layout = layoutBars(figure, area, ctx);
  const size = ctx.fontSize;
  const gap = Math.round(size * 0.6);
  const max = Math.max(0, ...figure.bars.map((b) => b.value ?? 0));
  const length = (v: number) => (max > 0 ? (Math.max(0, v) / max) * layout.barRoom : 0);
  const dir = ctx.rtl ? -1 : 1;
  const outer = ctx.rtl ? "end" : "start";
  const parts: string[] = [];
  if (figure.valueLabel) {
    parts.push(
      text(layout.barStart, area.y + size, bidi(figure.valueLabel, ctx.rtl), {
        size,
        fill: ctx.ink.muted,
        anchor: outer,
      }),
    );
  }
  const labelX = ctx.rtl ? area.x + area.width : area.x;
  figure.bars.forEach((bar, i) => {
    const row = layout.rows[i]!;
    const centre = row.top + row.height / 2;
    const first = centre - ((row.lines.length - 1) * layout.lineHeight) / 2;
    row.lines.forEach((l, j) => {
      parts.push(
        text(labelX, middle(first + j * layout.lineHeight, size), bidi(l, ctx.rtl), {
          size,
          fill: ctx.ink.foreground,
          anchor: outer,
        }),
      );
    });
    if (bar.value === null) {
      parts.push(
        text(layout.barStart, middle(centre, size), bidi(row.valueText, ctx.rtl), {
          size,
          fill: ctx.ink.muted,
          anchor: outer,
        }),
      );
      return;
    }
    const thickness = Math.min(row.height * 0.6, size * 1.8);
    const len = length(bar.value);
    const x = ctx.rtl ? layout.barStart - len : layout.barStart;
    parts.push(rect(x, centre - thickness / 2, len, thickness, ctx.color(bar.color)));
    parts.push(
      text(
        layout.barStart + dir * (len + gap),
        middle(centre, size),
        bidi(row.valueText, ctx.rtl),
        {
          size,
          weight: 600,
          fill: ctx.ink.foreground,
          anchor: outer,
        },
      ),
    );
  });
  return group(parts);
};
