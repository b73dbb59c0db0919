import { selectOverview } from "@/data/selectors/overview";
import { filterProjects } from "@/data/selectors/projects";
import { reportedSeries, type ReportedMetric } from "@/data/selectors/aggregates";
import type { Dataset } from "@/data/schema";
import { formatNumber, formatPartialDate, formatYear } from "../../format";
import { figureBase, type FigureContext } from "../context";
import type { ColorToken, PointsFigure, StepFigure, ValueUnit } from "../figure";
import { formatValue } from "../format-value";
import { collectSources } from "../sources";

type Measure = "usd" | "mw";

const MEASURES = {
  usd: {
    id: "overview.over-time-usd",
    unit: "usd-millions",
    yearKey: "usdMillions",
    cumulativeKey: "cumulativeUsdMillions",
    color: "chart-1",
    keys: { title: "usdTitle", subtitle: "usdSubtitle", summary: "usdSummary" },
  },
  mw: {
    id: "overview.over-time-mw",
    unit: "mw",
    yearKey: "mw",
    cumulativeKey: "cumulativeMw",
    color: "chart-3",
    keys: { title: "mwTitle", subtitle: "mwSubtitle", summary: "mwSummary" },
  },
} as const satisfies Record<
  Measure,
  { id: string; unit: ValueUnit; color: ColorToken; [k: string]: unknown }
>;

/**
 * An ISO day ("2025-09-26") as a year with the fraction of that year up to the end of the day
 * (2025.737): where a step drawn "through" that day ends.
 */
export function yearThrough(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number?, number?];
  const start = Date.UTC(y, 0, 1);
  // The day after the date ends; a month or a year ends where the next begins.
  const end = d === undefined ? Date.UTC(y, m ?? 12, 1) : Date.UTC(y, m! - 1, d + 1);
  return y + (end - start) / (Date.UTC(y + 1, 0, 1) - start);
}

/**
 * The time axis both cumulative figures share: from the first year either has a completion in to
 * the data-as-of day, so the investment and the capacity figures line up year by year and neither
 * draws past the day the data describes. A completion year after the as-of day (an error in the
 * data) stretches the axis to the end of that year rather than hiding the step.
 */
export function completedYears(dataset: Dataset, ctx: FigureContext): { from: number; to: number } {
  const data = selectOverview(dataset, ctx.filters);
  const years = [...data.overTimeUsd, ...data.overTimeMw].map((r) => r.year);
  const through = yearThrough(dataset.metadata.dataAsOf);
  if (years.length === 0) return { from: Math.floor(through), to: through };
  const last = Math.max(...years);
  return { from: Math.min(...years), to: last < through ? through : last + 1 };
}

/**
 * Investment (usd) or power capacity (mw) of operational projects by year of completion, with the
 * running total, from the first year with any; its last step runs through the data-as-of day.
 */
export function buildCompletedFigure(
  dataset: Dataset,
  ctx: FigureContext,
  measure: Measure,
): StepFigure {
  const { t, format } = ctx;
  const m = MEASURES[measure];
  const data = selectOverview(dataset, ctx.filters);
  const rows = measure === "usd" ? data.overTimeUsd : data.overTimeMw;
  const last = rows.at(-1);
  const title = t(`overview.overTime.${m.keys.title}`);
  const drawn = filterProjects(dataset.projects, ctx.filters).filter(
    (p) =>
      p.countInAggregates &&
      p.status === "operational" &&
      p.dates.completion !== null &&
      (measure === "usd" ? p.cost !== null : p.sector === "energy" && p.capacity?.unit === "MW"),
  );
  return {
    kind: "step",
    valueUnit: m.unit,
    valueLabel: t("table.cumulative"),
    color: m.color,
    points: rows.map((r) => ({ year: r.year, value: r[m.cumulativeKey] })),
    years: completedYears(dataset, ctx),
    ...figureBase(dataset, ctx, {
      id: m.id,
      title,
      subtitle: t(`overview.overTime.${m.keys.subtitle}`),
      table: {
        fields: [
          { key: "year", label: t("table.year"), unit: "year" },
          { key: "inYear", label: t("table.completedInYear"), unit: m.unit },
          { key: "cumulative", label: t("table.cumulative"), unit: m.unit },
        ],
        rows: rows.map((r) => ({
          year: r.year,
          inYear: r[m.yearKey],
          cumulative: r[m.cumulativeKey],
        })),
      },
      legend: [{ label: title, color: m.color, shape: "square" }],
      notes: [],
      sources: collectSources(drawn),
      summary: last
        ? t(`overview.overTime.${m.keys.summary}`, {
            year: formatYear(last.year, format),
            value: formatValue(last[m.cumulativeKey], m.unit, format),
          })
        : "",
    }),
  };
}

/** A statement from the official record in the first colour, one reported in the press in an orange. */
function statementColor(official: boolean): ColorToken {
  return official ? "chart-1" : "chart-7";
}

const REPORTED_UNITS: Record<ReportedMetric, ValueUnit> = {
  "direct-investment-usd-bn": "usd-millions",
  "capacity-operating-mw": "mw",
  jobs: "count",
};

/**
 * A headline metric as officials and the press reported it: each statement a point on its date,
 * with its own scope; statements of different scope are not joined into one line.
 */
export function buildReportedFigure(
  dataset: Dataset,
  ctx: FigureContext,
  metric: ReportedMetric,
): PointsFigure {
  const { t, format } = ctx;
  const unit = REPORTED_UNITS[metric];
  // Direct investment is reported in US$ billions; the figure keeps one unit, US$ millions.
  const toUnit = (v: number) => (metric === "direct-investment-usd-bn" ? v * 1000 : v);
  const points = reportedSeries(dataset.aggregates, metric);
  const records = dataset.aggregates.filter((a) => a.metric === metric);
  const title = t(`overview.reported.title.${metric}`);
  const first = points[0];
  const last = points.at(-1);
  const value = (v: number) => formatValue(toUnit(v), unit, format);
  const publishers = new Set(points.map((p) => p.publisher)).size;
  return {
    kind: "points",
    valueUnit: unit,
    valueLabel: t("overview.reported.value"),
    // Each statement is a group of its own: points of different scope are never joined by a line.
    // Statements from the official record and those reported in the press differ in colour.
    groups: points.map((p) => ({ key: p.id, label: p.label, color: statementColor(p.official) })),
    points: points.map((p) => ({
      id: p.id,
      date: p.date,
      value: toUnit(p.value),
      group: p.id,
      label: `${p.publisher}: ${p.label}`,
    })),
    ...figureBase(dataset, ctx, {
      id: `overview.reported.${metric}`,
      title,
      subtitle: t("overview.reported.subtitle", { count: points.length }),
      table: {
        fields: [
          { key: "date", label: t("overview.reported.date"), unit: "date" },
          { key: "value", label: t("overview.reported.value"), unit },
          { key: "what", label: t("overview.reported.what"), unit: "text" },
          { key: "by", label: t("overview.reported.by"), unit: "text" },
        ],
        rows: points.map((p) => ({
          date: p.date,
          value: toUnit(p.value),
          what: p.label,
          by: p.publisher,
        })),
      },
      legend: [true, false]
        .filter((official) => points.some((p) => p.official === official))
        .map((official) => ({
          label: t(official ? "figure.statementOfficial" : "figure.statementPress"),
          color: statementColor(official),
          shape: "circle" as const,
        })),
      notes: [t("figure.reportedNote")],
      sources: collectSources(records),
      sourceLine: t("figure.reportedSource", {
        count: publishers,
        formatted: formatNumber(publishers, format),
      }),
      summary:
        first && last
          ? t("overview.reported.summary", {
              metric: title,
              first: value(first.value),
              firstDate: formatPartialDate(first.date, format),
              last: value(last.value),
              lastDate: formatPartialDate(last.date, format),
            })
          : "",
    }),
  };
}
