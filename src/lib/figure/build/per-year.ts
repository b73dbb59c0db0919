import type { Dataset, DocumentType } from "@/data/schema";
import { filterDocuments, selectDocumentsView, typesPresent } from "@/data/selectors/documents";
import { selectMeetingsView } from "@/data/selectors/meetings";
import { dateInRange } from "@/data/filters";
import { formatNumber, formatYear } from "../../format";
import { figureBase, type FigureContext } from "../context";
import type { ColorToken, ColumnsFigure, FillPattern } from "../figure";
import { collectSources } from "../sources";

/**
 * Nine types, nine colours and nine textures: hues that sit close (the two blues, the two oranges)
 * differ in texture, so no two types look alike in print or to a colour-blind reader. Signing
 * packages, a catch-all that stands for many instruments of mixed types, take the neutral grey in
 * a light texture, so that their mass does not outweigh the types.
 */
export const DOCUMENT_TYPE_STYLES: Record<
  DocumentType,
  { color: ColorToken; pattern: FillPattern }
> = {
  mou: { color: "chart-1", pattern: "solid" },
  agreement: { color: "chart-2", pattern: "vertical" },
  "framework-agreement": { color: "chart-5", pattern: "diagonal" },
  protocol: { color: "chart-7", pattern: "dots" },
  "financing-agreement": { color: "chart-4", pattern: "crosshatch" },
  "exchange-of-notes": { color: "chart-6", pattern: "horizontal" },
  plan: { color: "chart-3", pattern: "grid" },
  other: { color: "chart-9", pattern: "checker" },
  package: { color: "chart-8", pattern: "light" },
};

/**
 * The stack order: the types of single instruments from the bottom, so they compare year by year
 * on a common base; "other" after them; signing packages last, on top, so that the catch-all does
 * not push the types up nor swamp them (its legend entry last too).
 */
export function documentStackOrder(types: readonly DocumentType[]): DocumentType[] {
  const rank = (k: DocumentType) => (k === "package" ? 2 : k === "other" ? 1 : 0);
  return [...types].sort((a, b) => rank(a) - rank(b));
}

/** JCC sessions and working-group meetings per year (visits are not meetings of a CPEC body). */
export function buildMeetingsPerYearFigure(dataset: Dataset, ctx: FigureContext): ColumnsFigure {
  const { t, format } = ctx;
  const data = selectMeetingsView(dataset, ctx.filters);
  const rows = data.perYear;
  const series = [
    { key: "jcc", label: t("meetings.chart.jcc"), color: "chart-1", pattern: "solid" },
    { key: "jwg", label: t("meetings.chart.jwg"), color: "chart-2", pattern: "diagonal" },
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
      legend: series.map((s) => ({
        label: s.label,
        color: s.color,
        pattern: s.pattern,
        shape: "square" as const,
      })),
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
  const types = documentStackOrder(typesPresent(rows));
  const label = (k: DocumentType) => t(`documentType.${k}`);
  const series = types.map((k) => ({ key: k, label: label(k), ...DOCUMENT_TYPE_STYLES[k] }));
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
      legend: series.map((s) => ({
        label: s.label,
        color: s.color,
        pattern: s.pattern,
        shape: "square" as const,
      })),
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
