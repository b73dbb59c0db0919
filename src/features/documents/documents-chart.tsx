import { useTranslation } from "react-i18next";
import type { ChartConfig } from "@/components/charts/chart-config";
import { ChartFrame } from "@/components/charts/chart-frame";
import { DataTable } from "@/components/charts/data-table";
import { StackedYearBars } from "@/components/charts/stacked-year-bars";
import type { DocumentType } from "@/data/schema";
import { typesPresent, type DocumentsViewData } from "@/data/selectors/documents";
import { formatNumber, formatYear, isolate, isRtl } from "@/lib/format";
import { useFormat } from "@/shared/use-format";

/**
 * Nine types, nine chart tokens: signing packages (mixed types) take the neutral grey; similar
 * hues are kept apart in the stack order.
 */
const TYPE_COLORS: Record<DocumentType, string> = {
  mou: "var(--chart-1)",
  agreement: "var(--chart-2)",
  "framework-agreement": "var(--chart-5)",
  protocol: "var(--chart-7)",
  "financing-agreement": "var(--chart-4)",
  "exchange-of-notes": "var(--chart-6)",
  plan: "var(--chart-3)",
  package: "var(--chart-8)",
  other: "var(--chart-9)",
};

export function DocumentsPerYearChart({
  data,
  source,
  asOf,
}: {
  data: DocumentsViewData;
  source: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { lang } = format;
  const rows = data.perYear;
  const types = typesPresent(rows);
  const config = Object.fromEntries(
    types.map((k) => [k, { label: t(`documentType.${k}`), color: TYPE_COLORS[k] }]),
  ) satisfies ChartConfig;
  const number = (v: number) => formatNumber(v, format);
  // Chart text is isolated so Urdu digits and years keep their order inside the SVG.
  const tickNumber = (v: number) => isolate(number(v));
  const tickYear = (y: number) => isolate(formatYear(y, format));
  // Years run left to right in every language (see `sources.timeDirection`); in Urdu the value
  // axis moves to the right, where the reader starts, as in the Overview's charts over time.
  const rtl = isRtl(lang);
  const title = t("documents.chart.title");
  const first = rows[0];
  const last = rows[rows.length - 1];
  const busiest = data.busiestYear;

  return (
    <ChartFrame
      title={title}
      subtitle={t("documents.chart.subtitle")}
      source={source}
      asOf={asOf}
      summary={
        first && last && busiest
          ? t("documents.chart.summary", {
              instruments: number(data.instruments),
              records: number(data.records),
              first: formatYear(first.year, format),
              last: formatYear(last.year, format),
              year: formatYear(busiest.year, format),
              count: number(busiest.instruments),
            })
          : ""
      }
      table={
        <DataTable
          caption={title}
          rows={rows}
          rowKey={(r) => String(r.year)}
          columns={[
            { key: "year", header: t("table.year"), cell: (r) => formatYear(r.year, format) },
            ...types.map((k) => ({
              key: k,
              header: config[k]!.label,
              cell: (r: (typeof rows)[number]) => number(r[k]),
              align: "end" as const,
            })),
            {
              key: "instruments",
              header: t("documents.chart.instruments"),
              cell: (r) => number(r.instruments),
              align: "end",
            },
            {
              key: "records",
              header: t("documents.chart.records"),
              cell: (r) => number(r.records),
              align: "end",
            },
          ]}
        />
      }
    >
      {/* data-legend: how the export finds the legend, whatever language labels it. */}
      <ul
        className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs"
        aria-label={t("documents.chart.legend")}
        data-legend=""
      >
        {types.map((key) => (
          <li key={key} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block size-3 rounded-sm"
              style={{ background: config[key]!.color }}
            />
            {config[key]!.label}
          </li>
        ))}
      </ul>
      <StackedYearBars
        rows={rows}
        series={types.map((k) => ({ key: k, color: TYPE_COLORS[k] }))}
        total={(r) => r.instruments}
        height={300}
        axisWidth={36}
        valueAxisRight={rtl}
        formatValue={tickNumber}
        formatYear={tickYear}
      />
    </ChartFrame>
  );
}
