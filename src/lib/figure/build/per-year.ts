import type { Dataset, DocumentType } from "@/data/schema";
import { filterDocuments, selectDocumentsView, typesPresent } from "@/data/selectors/documents";
import { selectMeetingsView } from "@/data/selectors/meetings";
import { dateInRange } from "@/data/filters";
import { formatNumber, formatYear } from "../../format";
import { figureBase, type FigureContext } from "../context";
import type { ColorToken, ColumnsFigure } from "../figure";
import { collectSources } from "../sources";

/**
 * Nine types, nine chart tokens: signing packages (mixed types) take the neutral grey; similar
 * hues are kept apart in the stack order.
 */
export const DOCUMENT_TYPE_TOKENS: Record<DocumentType, ColorToken> = {
  mou: "chart-1",
  agreement: "chart-2",
  "framework-agreement": "chart-5",
  protocol: "chart-7",
  "financing-agreement": "chart-4",
  "exchange-of-notes": "chart-6",
  plan: "chart-3",
  package: "chart-8",
  other: "chart-9",
};

/** JCC sessions and working-group meetings per year (visits are not meetings of a CPEC body). */
export function buildMeetingsPerYearFigure(dataset: Dataset, ctx: FigureContext): ColumnsFigure {
  const { t, format } = ctx;
  const data = selectMeetingsView(dataset, ctx.filters);
  const rows = data.perYear;
  const series = [
    { key: "jcc", label: t("meetings.chart.jcc"), color: "chart-1" },
    { key: "jwg", label: t("meetings.chart.jwg"), color: "chart-2" },
  ] as const;
  const first = rows[0];
  const last = rows.at(-1);
  const number = (v: number) => formatNumber(v, format);
  const drawn = dataset.meetings.filter(
    (m) => m.body !== "visit" && dateInRange(m.date, ctx.filters),
  );
  return {
    kind: "columns",
    valueUnit: "count",
    valueLabel: t("meetings.chart.total"),
    series,
    columns: rows.map((r) => ({ year: r.year, values: { jcc: r.jcc, jwg: r.jwg } })),
    ...figureBase(dataset, ctx, {
      id: "meetings.per-year",
      title: t("meetings.chart.title"),
      subtitle: t("meetings.chart.subtitle"),
      table: {
        fields: [
          { key: "year", label: t("table.year"), unit: "year" },
          { key: "jcc", label: series[0].label, unit: "count" },
          { key: "jwg", label: series[1].label, unit: "count" },
          { key: "total", label: t("meetings.chart.total"), unit: "count" },
        ],
        rows: rows.map((r) => ({ year: r.year, jcc: r.jcc, jwg: r.jwg, total: r.total })),
      },
      legend: series.map((s) => ({ label: s.label, color: s.color, shape: "square" as const })),
      notes: [t("figure.followsYearsOnly")],
      sources: collectSources(drawn),
      summary:
        first && last && data.busiestYear
          ? t("meetings.chart.summary", {
              jcc: number(data.jcc.length),
              jwg: number(data.jwg.length),
              first: formatYear(first.year, format),
              last: formatYear(last.year, format),
              year: formatYear(data.busiestYear.year, format),
              count: number(data.busiestYear.meetings),
            })
          : "",
    }),
  };
}

/** Instruments signed per year, stacked by document type. */
export function buildDocumentsPerYearFigure(dataset: Dataset, ctx: FigureContext): ColumnsFigure {
  const { t, format } = ctx;
  const data = selectDocumentsView(dataset, ctx.filters);
  const rows = data.perYear;
  const types = typesPresent(rows);
  const label = (k: DocumentType) => t(`documentType.${k}`);
  const series = types.map((k) => ({ key: k, label: label(k), color: DOCUMENT_TYPE_TOKENS[k] }));
  const first = rows[0];
  const last = rows.at(-1);
  const busiest = data.busiestYear;
  const number = (v: number) => formatNumber(v, format);
  return {
    kind: "columns",
    valueUnit: "count",
    valueLabel: t("documents.chart.instruments"),
    series,
    columns: rows.map((r) => ({
      year: r.year,
      values: Object.fromEntries(types.map((k) => [k, r[k]])),
    })),
    ...figureBase(dataset, ctx, {
      id: "documents.per-year",
      title: t("documents.chart.title"),
      subtitle: t("documents.chart.subtitle"),
      table: {
        fields: [
          { key: "year", label: t("table.year"), unit: "year" },
          ...series.map((s) => ({ key: s.key, label: s.label, unit: "count" as const })),
          { key: "instruments", label: t("documents.chart.instruments"), unit: "count" },
          { key: "records", label: t("documents.chart.records"), unit: "count" },
        ],
        rows: rows.map((r) => ({
          year: r.year,
          ...Object.fromEntries(types.map((k) => [k, r[k]])),
          instruments: r.instruments,
          records: r.records,
        })),
      },
      legend: series.map((s) => ({ label: s.label, color: s.color, shape: "square" as const })),
      notes: [t("figure.followsYearsOnly")],
      sources: collectSources(filterDocuments(dataset.documents, ctx.filters)),
      summary:
        first && last && busiest
          ? t("documents.chart.summary", {
              instruments: number(data.instruments),
              records: number(data.records),
              first: formatYear(first.year, format),
              last: formatYear(last.year, format),
              year: formatYear(busiest.year, format),
              count: number(busiest.instruments),
            })
          : "",
    }),
  };
}
