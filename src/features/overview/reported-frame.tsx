import { useQueryState } from "nuqs";
import { useTranslation } from "react-i18next";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartContainer } from "@/components/charts/chart-container";
import { ChartFrame } from "@/components/charts/chart-frame";
import { DataTable } from "@/components/charts/data-table";
import { useDataset } from "@/data/queries";
import { REPORTED_METRICS, selectReported, type ReportedMetric } from "@/data/selectors/aggregates";
import { cn } from "@/lib/cn";
import { URL_PARAMS } from "@/lib/url-params";
import {
  formatNumber,
  formatPartialDate,
  formatUnit,
  formatUsdMillions,
  formatYear,
  isolate,
  isRtl,
} from "@/lib/format";
import { useLanguage } from "@/shared/url-state";

const tick = { fill: "var(--chart-axis)", fontSize: 12 };
const metricParser = URL_PARAMS.reported.parser;

/** Headline figures as officials and the press reported them, each point with who said it. */
export function ReportedFrame({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [metric, setMetric] = useQueryState(
    "reported",
    metricParser.withOptions({ history: "replace" }),
  );
  const { series } = useDataset(selectReported);
  const rows = series[metric];
  const format = (v: number, m: ReportedMetric = metric) =>
    m === "direct-investment-usd-bn"
      ? formatUsdMillions(v * 1000, lang)
      : m === "capacity-operating-mw"
        ? formatUnit(v, "MW", lang)
        : formatNumber(v, lang);
  // Axis text in English is shortened ("US$1.91bn"); Urdu and Chinese have no shorter form, and
  // their labels are isolated so numbers and scale words keep their order inside the SVG.
  const axisLabel = (v: number) =>
    isolate(
      format(v).replace(/\s?(billion|million)$/, (x) => (x.trim() === "billion" ? "bn" : "m")),
    );
  const rtl = isRtl(lang);
  const first = rows[0];
  const last = rows.at(-1);
  const title = t(`overview.reported.title.${metric}`);

  return (
    <ChartFrame
      title={title}
      subtitle={t("overview.reported.subtitle", { count: rows.length })}
      source={t("overview.reported.source", {
        publishers: new Set(rows.map((r) => r.publisher)).size,
      })}
      asOf={asOf}
      summary={
        first && last
          ? t("overview.reported.summary", {
              metric: title,
              first: format(first.value),
              firstDate: formatPartialDate(first.date, lang),
              last: format(last.value),
              lastDate: formatPartialDate(last.date, lang),
            })
          : ""
      }
      table={
        <DataTable
          caption={title}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            {
              key: "date",
              header: t("overview.reported.date"),
              cell: (r) => formatPartialDate(r.date, lang),
            },
            {
              key: "value",
              header: t("overview.reported.value"),
              cell: (r) => format(r.value),
              align: "end",
            },
            { key: "label", header: t("overview.reported.what"), cell: (r) => r.label },
            {
              key: "source",
              header: t("overview.reported.by"),
              cell: (r) => (
                <a
                  href={r.url}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="text-primary underline"
                >
                  {r.publisher}
                </a>
              ),
            },
          ]}
        />
      }
    >
      <div
        role="radiogroup"
        aria-label={t("overview.reported.metric")}
        className="mb-2 flex flex-wrap gap-1"
      >
        {REPORTED_METRICS.map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={metric === m}
            onClick={() => void setMetric(m)}
            className={cn(
              "rounded-full border border-border px-3 py-1 text-xs font-medium",
              metric === m ? "bg-primary text-primary-foreground" : "bg-card hover:bg-muted",
            )}
          >
            {t(`overview.reported.metricName.${m}`)}
          </button>
        ))}
      </div>
      <ChartContainer config={{ value: { label: title, color: "var(--chart-7)" } }} height={250}>
        <LineChart
          data={rows}
          margin={rtl ? { left: 24, right: 8, top: 8 } : { left: 8, right: 24, top: 8 }}
          accessibilityLayer
        >
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            tick={tick}
            stroke="var(--chart-grid)"
            tickFormatter={(v) => formatYear(new Date(Number(v)).getUTCFullYear(), lang)}
          />
          {/* Time runs left to right in every language; in Urdu the value axis is on the right. */}
          <YAxis
            orientation={rtl ? "right" : "left"}
            tick={tick}
            stroke="var(--chart-grid)"
            width={lang === "en" ? 72 : 104}
            tickFormatter={(v) => axisLabel(Number(v))}
          />
          <Tooltip
            formatter={(v) => format(Number(v))}
            labelFormatter={(_, payload) => {
              const p = payload[0]?.payload as (typeof rows)[number] | undefined;
              return p ? `${formatPartialDate(p.date, lang)} · ${p.publisher}` : "";
            }}
            contentStyle={{
              background: "var(--card)",
              border: "1px solid var(--border)",
              color: "var(--foreground)",
            }}
          />
          <Line
            type="linear"
            dataKey="value"
            name={title}
            stroke="var(--color-value)"
            strokeWidth={2}
            dot={{ r: 4, fill: "var(--color-value)" }}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartContainer>
    </ChartFrame>
  );
}
