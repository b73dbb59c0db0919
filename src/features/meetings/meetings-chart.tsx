import { useTranslation } from "react-i18next";
import type { ChartConfig } from "@/components/charts/chart-config";
import { ChartFrame } from "@/components/charts/chart-frame";
import { DataTable } from "@/components/charts/data-table";
import { StackedYearBars } from "@/components/charts/stacked-year-bars";
import type { MeetingsViewData } from "@/data/selectors/meetings";
import { formatNumber, formatYear, isolate, isRtl } from "@/lib/format";
import { useFormat } from "@/shared/use-format";

export function MeetingsPerYearChart({
  data,
  source,
  asOf,
}: {
  data: MeetingsViewData;
  source: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { lang } = format;
  const rows = data.perYear;
  const config = {
    jcc: { label: t("meetings.chart.jcc"), color: "var(--chart-1)" },
    jwg: { label: t("meetings.chart.jwg"), color: "var(--chart-2)" },
  } satisfies ChartConfig;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const title = t("meetings.chart.title");
  const number = (v: number) => formatNumber(v, format);
  // Chart text is isolated so Urdu digits and years keep their order inside the SVG.
  const tickNumber = (v: number) => isolate(number(v));
  const tickYear = (y: number) => isolate(formatYear(y, format));
  // Years run left to right in every language (see `sources.timeDirection`); in Urdu the value
  // axis moves to the right, where the reader starts, as in the Overview's charts over time.
  const rtl = isRtl(lang);

  return (
    <ChartFrame
      title={title}
      subtitle={t("meetings.chart.subtitle")}
      source={source}
      asOf={asOf}
      summary={
        first && last && data.busiestYear
          ? t("meetings.chart.summary", {
              jcc: number(data.jcc.length),
              jwg: number(data.jwg.length),
              first: formatYear(first.year, format),
              last: formatYear(last.year, format),
              year: formatYear(data.busiestYear.year, format),
              count: number(data.busiestYear.meetings),
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
            { key: "jcc", header: config.jcc.label, cell: (r) => number(r.jcc), align: "end" },
            { key: "jwg", header: config.jwg.label, cell: (r) => number(r.jwg), align: "end" },
            {
              key: "total",
              header: t("meetings.chart.total"),
              cell: (r) => number(r.total),
              align: "end",
            },
          ]}
        />
      }
    >
      {/* data-legend: how the export finds the legend, whatever language labels it. */}
      <ul
        className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs"
        aria-label={t("meetings.chart.legend")}
        data-legend=""
      >
        {(["jcc", "jwg"] as const).map((key) => (
          <li key={key} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block size-3 rounded-sm"
              style={{ background: config[key].color }}
            />
            {config[key].label}
          </li>
        ))}
      </ul>
      <StackedYearBars
        rows={rows}
        series={(["jcc", "jwg"] as const).map((k) => ({ key: k, color: config[k].color }))}
        total={(r) => r.total}
        height={280}
        axisWidth={32}
        valueAxisRight={rtl}
        formatValue={tickNumber}
        formatYear={tickYear}
      />
    </ChartFrame>
  );
}
