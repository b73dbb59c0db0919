import type { FormatSettings } from "../format";
import { formatPartialDate, formatYear, joinSentences } from "../format";
import type { Translate } from "./context";
import type { Figure, ValueUnit } from "./figure";
import { formatValue } from "./format-value";

interface Labelled {
  label: string;
  value: number;
}

/** Largest and smallest of the labelled values (ties: the first), or null for none. */
function extremes(items: readonly Labelled[]): { largest: Labelled; smallest: Labelled } | null {
  if (items.length === 0) return null;
  let largest = items[0]!;
  let smallest = items[0]!;
  for (const x of items) {
    if (x.value > largest.value) largest = x;
    if (x.value < smallest.value) smallest = x;
  }
  return { largest, smallest };
}

/** "rising" | "falling" | "flat" from the first value to the last (within 2% is level). */
function direction(first: number, last: number): "rising" | "falling" | "flat" {
  if (Math.abs(last - first) <= Math.abs(first) * 0.02) return "flat";
  return last > first ? "rising" : "falling";
}

/**
 * The figure's facts as sentences: the largest and smallest values, the trend over time, what is
 * not reported. Written from the figure's numbers with Intl in the reader's language and digits,
 * never read back from formatted text.
 */
function facts(figure: Figure, t: Translate, format: FormatSettings): string[] {
  const value = (v: number, unit: ValueUnit) => formatValue(v, unit, format);
  const out: string[] = [];
  const sayExtremes = (items: Labelled[], unit: ValueUnit, column: string) => {
    const e = extremes(items);
    if (!e) return;
    out.push(
      items.length === 1
        ? t("figure.alt.only", { label: e.largest.label, value: value(e.largest.value, unit) })
        : t("figure.alt.extremes", {
            column,
            largest: e.largest.label,
            largestValue: value(e.largest.value, unit),
            smallest: e.smallest.label,
            smallestValue: value(e.smallest.value, unit),
          }),
    );
  };
  const sayTrend = (from: Labelled, to: Labelled, unit: ValueUnit) => {
    out.push(
      t(`figure.alt.${direction(from.value, to.value)}`, {
        from: from.label,
        to: to.label,
        fromValue: value(from.value, unit),
        toValue: value(to.value, unit),
      }),
    );
  };
  switch (figure.kind) {
    case "bars": {
      const reported = figure.bars.filter((b) => b.value !== null) as Labelled[];
      sayExtremes(reported, figure.valueUnit, figure.valueLabel);
      const missing = figure.bars.filter((b) => b.value === null).map((b) => b.label);
      if (missing.length > 0)
        out.push(t("figure.alt.notReported", { list: missing.join(t("app.listSeparator")) }));
      break;
    }
    case "columns": {
      const totals = figure.columns.map((c) => ({
        label: formatYear(c.year, format),
        value: Object.values(c.values).reduce((s, v) => s + v, 0),
      }));
      sayExtremes(totals, figure.valueUnit, figure.valueLabel);
      const series = figure.series.map((s) => ({
        label: s.label,
        value: figure.columns.reduce((sum, c) => sum + (c.values[s.key] ?? 0), 0),
      }));
      if (series.length > 1) sayExtremes(series, figure.valueUnit, figure.valueLabel);
      break;
    }
    case "step": {
      const points = figure.points.map((p) => ({
        label: formatYear(p.year, format),
        value: p.value,
      }));
      const first = points[0];
      const last = points.at(-1);
      if (first && last && points.length > 1) sayTrend(first, last, figure.valueUnit);
      else if (first) sayExtremes([first], figure.valueUnit, figure.valueLabel);
      break;
    }
    case "points": {
      const points = figure.points.map((p) => ({
        label: formatPartialDate(p.date, format),
        value: p.value,
      }));
      sayExtremes(points, figure.valueUnit, figure.valueLabel);
      out.push(t("figure.alt.statements", { count: figure.points.length }));
      break;
    }
    case "gantt": {
      const rows = figure.groups.reduce((n, g) => n + g.rows.length, 0);
      out.push(
        t("figure.alt.gantt", {
          count: rows,
          groups: figure.groups.length,
          from: formatYear(new Date(figure.domain.start).getUTCFullYear(), format),
          to: formatYear(new Date(figure.domain.end).getUTCFullYear(), format),
        }),
      );
      break;
    }
    case "timeline": {
      const lanes = figure.lanes.map((l) => ({
        label: l.label,
        value: l.marks.reduce((n, m) => n + m.count, 0),
      }));
      sayExtremes(lanes, "count", t("figure.alt.events"));
      break;
    }
    case "map": {
      out.push(t("figure.alt.map", { count: figure.marks.length }));
      const shaded = figure.provinces.filter((p) => p.value !== null) as Labelled[];
      sayExtremes(shaded, figure.shadeUnit, figure.shadeLabel);
      break;
    }
  }
  return out;
}

/** Alt text of a figure: title, subtitle, summary, the facts, notes and the source. */
export function altText(figure: Figure, t: Translate, format: FormatSettings): string {
  const sentence = (s: string | null) => (s ? joinSentences([s], figure.lang) : "");
  return [
    sentence(figure.title),
    sentence(figure.subtitle),
    figure.summary,
    ...facts(figure, t, format),
    ...figure.notes.map(sentence),
    t("figure.alt.source", {
      source: figure.sourceLine,
      date: formatPartialDate(figure.asOf, format),
    }),
  ]
    .filter(Boolean)
    .join(figure.lang === "zh" ? "" : " ");
}
