import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import type { ChartConfig } from "@/components/charts/chart-config";
import { ChartContainer } from "@/components/charts/chart-container";
import { ChartFrame } from "@/components/charts/chart-frame";
import { DataTable } from "@/components/charts/data-table";
import type { DocumentType } from "@/data/schema";
import { topSeries, typesPresent, type DocumentsViewData } from "@/data/selectors/documents";
import { formatNumber, formatYear, isolate, isRtl } from "@/lib/format";
import { useLanguage } from "@/shared/url-state";

const tick = { fill: "var(--chart-axis)", fontSize: 12 };

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
  const [lang] = useLanguage();
  const rows = data.perYear;
  const types = typesPresent(rows);
  const config = Object.fromEntries(
    types.map((k) => [k, { label: t(`documentType.${k}`), color: TYPE_COLORS[k] }]),
  ) satisfies ChartConfig;
  const number = (v: number) => formatNumber(v, lang);
  // Chart text is isolated so Urdu digits and years keep their order inside the SVG.
  const tickNumber = (v: number) => isolate(number(v));
  const tickYear = (y: unknown) => isolate(formatYear(Number(y), lang));
  // Years run left to right in every language (see `sources.timeDirection`); in Urdu the value
  // axis moves to the right, where the reader starts, as in the Overview's charts over time.
  const rtl = isRtl(lang);
  const title = t("documents.chart.title");
  const first = rows[0];
  const last = rows[rows.length - 1];
  const busiest = data.busiestYear;
  const tops = topSeries(rows, types);

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
              first: formatYear(first.year, lang),
              last: formatYear(last.year, lang),
              year: formatYear(busiest.year, lang),
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
            { key: "year", header: t("table.year"), cell: (r) => formatYear(r.year, lang) },
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
      <ChartContainer config={config} height={300}>
        <BarChart
          data={rows}
          margin={rtl ? { left: 8, right: 0, top: 20 } : { left: 0, right: 8, top: 20 }}
          accessibilityLayer
        >
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis
            dataKey="year"
            tick={tick}
            stroke="var(--chart-grid)"
            interval="preserveStartEnd"
            tickFormatter={tickYear}
          />
          <YAxis
            allowDecimals={false}
            orientation={rtl ? "right" : "left"}
            tick={tick}
            stroke="var(--chart-grid)"
            width={36}
            tickFormatter={tickNumber}
          />
          {types.map((k) => (
            <Bar
              key={k}
              dataKey={k}
              name={config[k]!.label}
              stackId="d"
              fill={`var(--color-${k})`}
              stroke="var(--card)"
              strokeWidth={1}
              isAnimationActive={false}
            >
              <LabelList
                dataKey="instruments"
                content={(props) => {
                  const { x, y, width, value, index } = props;
                  if (index === undefined || tops[index] !== k) return null;
                  return (
                    <text
                      x={Number(x) + Number(width) / 2}
                      y={Number(y) - 6}
                      textAnchor="middle"
                      className="fill-[var(--foreground)] text-xs"
                    >
                      {tickNumber(Number(value))}
                    </text>
                  );
                }}
              />
            </Bar>
          ))}
        </BarChart>
      </ChartContainer>
    </ChartFrame>
  );
}
