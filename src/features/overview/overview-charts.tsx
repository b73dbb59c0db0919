import { useTranslation } from "react-i18next";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  XAxis,
  YAxis,
} from "recharts";
import type { ChartConfig } from "@/components/charts/chart-config";
import { ChartContainer } from "@/components/charts/chart-container";
import { ChartFrame } from "@/components/charts/chart-frame";
import { DataTable } from "@/components/charts/data-table";
import { SECTOR_COLORS, STATUS_COLORS } from "@/data/palette";
import type { OverviewData } from "@/data/selectors/overview";
import {
  formatNumber,
  formatUnit,
  formatUsdMillions,
  formatUsdMillionsShort,
  formatYear,
  isolate,
  isRtl,
} from "@/lib/format";
import { useLanguage } from "@/shared/url-state";
import { ReportedFrame } from "./reported-frame";

const tick = { fill: "var(--chart-axis)", fontSize: 12 };

function barHeight(rows: number) {
  return Math.max(120, rows * 40 + 40);
}

/**
 * How a horizontal bar chart is laid out in the page's direction: in Urdu the category names sit
 * on the right, the bars grow leftwards from them and their value labels sit at their left ends.
 * Time axes are not mirrored in any language (see the `sources.timeDirection` note).
 */
function barLayout(rtl: boolean, valueRoom: number) {
  return {
    margin: rtl ? { left: valueRoom, right: 8 } : { left: 8, right: valueRoom },
    reversed: rtl,
    orientation: rtl ? ("right" as const) : ("left" as const),
    // "right" is the bar's far end in both directions: Recharts flips it for a reversed axis.
    labelPosition: "right" as const,
    radius: (rtl ? [3, 0, 0, 3] : [0, 3, 3, 0]) as [number, number, number, number],
  };
}

export function OverviewCharts({
  data,
  source,
  asOf,
}: {
  data: OverviewData;
  source: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const rtl = isRtl(lang);
  const usd = (v: number) => formatUsdMillions(v, lang);
  // Chart text mixes numbers with scale words (ارب, 亿): isolated, it keeps its order inside the SVG.
  const usdShort = (v: number) => isolate(formatUsdMillionsShort(v, lang));
  const wide = barLayout(rtl, 72);
  const narrow = barLayout(rtl, 40);

  const sectorRows = data.bySector.map((r) => ({ ...r, label: t(`sector.${r.key}`) }));
  const sectorConfig = Object.fromEntries(
    data.bySector.map((r) => [r.key, { label: t(`sector.${r.key}`), color: SECTOR_COLORS[r.key] }]),
  ) satisfies ChartConfig;
  const largest = sectorRows[0];

  const provinceRows = data.byProvince.map((r) => ({ ...r, label: t(`province.${r.key}`) }));
  const statusRows = data.byStatus.map((r) => ({ ...r, label: t(`status.${r.key}`) }));
  const statusConfig = Object.fromEntries(
    data.byStatus.map((r) => [r.key, { label: t(`status.${r.key}`), color: STATUS_COLORS[r.key] }]),
  ) satisfies ChartConfig;
  const lastUsd = data.overTimeUsd.at(-1);
  const lastMw = data.overTimeMw.at(-1);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFrame
        title={t("overview.bySector.title")}
        subtitle={t("overview.bySector.subtitle", {
          withCost: data.headline.projectsWithCost,
          projects: data.headline.projects,
        })}
        source={source}
        asOf={asOf}
        summary={
          largest
            ? t("overview.bySector.summary", {
                sector: largest.label,
                value: usd(largest.usdMillions),
                total: usd(data.headline.investmentUsdMillions),
              })
            : ""
        }
        table={
          <DataTable
            caption={t("overview.bySector.title")}
            rows={sectorRows}
            rowKey={(r) => r.key}
            columns={[
              { key: "sector", header: t("table.sector"), cell: (r) => r.label },
              {
                key: "usd",
                header: t("table.investment"),
                cell: (r) => usd(r.usdMillions),
                align: "end",
              },
              {
                key: "withCost",
                header: t("table.projectsWithCost"),
                cell: (r) => formatNumber(r.projectsWithCost, lang),
                align: "end",
              },
              {
                key: "projects",
                header: t("table.projects"),
                cell: (r) => formatNumber(r.projects, lang),
                align: "end",
              },
            ]}
          />
        }
      >
        <ChartContainer config={sectorConfig} height={barHeight(sectorRows.length)}>
          <BarChart data={sectorRows} layout="vertical" margin={wide.margin} accessibilityLayer>
            <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
            <XAxis
              type="number"
              reversed={wide.reversed}
              tickFormatter={usdShort}
              tick={tick}
              stroke="var(--chart-grid)"
            />
            <YAxis
              type="category"
              dataKey="label"
              orientation={wide.orientation}
              width={150}
              tick={tick}
              stroke="var(--chart-grid)"
            />
            <Bar
              dataKey="usdMillions"
              name={t("table.investment")}
              isAnimationActive={false}
              radius={wide.radius}
            >
              {sectorRows.map((r) => (
                <Cell key={r.key} fill={`var(--color-${r.key})`} />
              ))}
              <LabelList
                dataKey="usdMillions"
                position={wide.labelPosition}
                formatter={(v) => usdShort(Number(v))}
                fill="var(--foreground)"
                fontSize={12}
              />
            </Bar>
          </BarChart>
        </ChartContainer>
      </ChartFrame>

      <ChartFrame
        title={t("overview.byStatus.title")}
        subtitle={t("overview.byStatus.subtitle")}
        source={source}
        asOf={asOf}
        summary={t("overview.byStatus.summary", {
          list: statusRows.map((r) => `${r.label}: ${formatNumber(r.projects, lang)}`).join("; "),
        })}
        table={
          <DataTable
            caption={t("overview.byStatus.title")}
            rows={statusRows}
            rowKey={(r) => r.key}
            columns={[
              { key: "status", header: t("table.status"), cell: (r) => r.label },
              {
                key: "projects",
                header: t("table.projects"),
                cell: (r) => formatNumber(r.projects, lang),
                align: "end",
              },
            ]}
          />
        }
      >
        <ChartContainer config={statusConfig} height={barHeight(statusRows.length)}>
          <BarChart data={statusRows} layout="vertical" margin={narrow.margin} accessibilityLayer>
            <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
            <XAxis
              type="number"
              reversed={narrow.reversed}
              allowDecimals={false}
              tickFormatter={(v) => formatNumber(Number(v), lang)}
              tick={tick}
              stroke="var(--chart-grid)"
            />
            <YAxis
              type="category"
              dataKey="label"
              orientation={narrow.orientation}
              width={150}
              tick={tick}
              stroke="var(--chart-grid)"
            />
            <Bar
              dataKey="projects"
              name={t("table.projects")}
              isAnimationActive={false}
              radius={narrow.radius}
            >
              {statusRows.map((r) => (
                <Cell key={r.key} fill={`var(--color-${r.key})`} />
              ))}
              <LabelList
                dataKey="projects"
                position={narrow.labelPosition}
                formatter={(v) => formatNumber(Number(v), lang)}
                fill="var(--foreground)"
                fontSize={12}
              />
            </Bar>
          </BarChart>
        </ChartContainer>
      </ChartFrame>

      <ChartFrame
        title={t("overview.byProvince.title")}
        subtitle={t("overview.byProvince.subtitle")}
        source={source}
        asOf={asOf}
        summary={
          provinceRows[0]
            ? t("overview.byProvince.summary", {
                province: provinceRows[0].label,
                value: usd(provinceRows[0].usdMillions),
              })
            : ""
        }
        table={
          <DataTable
            caption={t("overview.byProvince.title")}
            rows={provinceRows}
            rowKey={(r) => r.key}
            columns={[
              { key: "province", header: t("table.province"), cell: (r) => r.label },
              {
                key: "usd",
                header: t("table.investment"),
                cell: (r) => usd(r.usdMillions),
                align: "end",
              },
              {
                key: "withCost",
                header: t("table.projectsWithCost"),
                cell: (r) => formatNumber(r.projectsWithCost, lang),
                align: "end",
              },
              {
                key: "projects",
                header: t("table.projects"),
                cell: (r) => formatNumber(r.projects, lang),
                align: "end",
              },
            ]}
          />
        }
      >
        <ChartContainer
          config={{ usdMillions: { label: t("table.investment"), color: "var(--chart-1)" } }}
          height={barHeight(provinceRows.length)}
        >
          <BarChart data={provinceRows} layout="vertical" margin={wide.margin} accessibilityLayer>
            <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
            <XAxis
              type="number"
              reversed={wide.reversed}
              tickFormatter={usdShort}
              tick={tick}
              stroke="var(--chart-grid)"
            />
            <YAxis
              type="category"
              dataKey="label"
              orientation={wide.orientation}
              width={150}
              tick={tick}
              stroke="var(--chart-grid)"
            />
            <Bar
              dataKey="usdMillions"
              name={t("table.investment")}
              fill="var(--color-usdMillions)"
              isAnimationActive={false}
              radius={wide.radius}
            >
              <LabelList
                dataKey="usdMillions"
                position={wide.labelPosition}
                formatter={(v) => usdShort(Number(v))}
                fill="var(--foreground)"
                fontSize={12}
              />
            </Bar>
          </BarChart>
        </ChartContainer>
      </ChartFrame>

      <CumulativeFrame
        title={t("overview.overTime.usdTitle")}
        subtitle={t("overview.overTime.usdSubtitle")}
        rows={data.overTimeUsd}
        dataKey="cumulativeUsdMillions"
        yearKey="usdMillions"
        format={usd}
        formatShort={usdShort}
        color="var(--chart-1)"
        source={source}
        asOf={asOf}
        summary={
          lastUsd
            ? t("overview.overTime.usdSummary", {
                year: formatYear(lastUsd.year, lang),
                value: usd(lastUsd.cumulativeUsdMillions),
              })
            : ""
        }
      />
      <ReportedFrame asOf={asOf} />
      <CumulativeFrame
        title={t("overview.overTime.mwTitle")}
        subtitle={t("overview.overTime.mwSubtitle")}
        rows={data.overTimeMw}
        dataKey="cumulativeMw"
        yearKey="mw"
        format={(v) => formatUnit(v, "MW", lang)}
        formatShort={(v) => isolate(formatNumber(v, lang))}
        color="var(--chart-3)"
        source={source}
        asOf={asOf}
        summary={
          lastMw
            ? t("overview.overTime.mwSummary", {
                year: formatYear(lastMw.year, lang),
                value: formatUnit(lastMw.cumulativeMw, "MW", lang),
              })
            : ""
        }
      />
    </div>
  );
}

function CumulativeFrame({
  title,
  subtitle,
  rows,
  dataKey,
  yearKey,
  format,
  formatShort,
  color,
  source,
  asOf,
  summary,
}: {
  title: string;
  subtitle: string;
  rows: OverviewData["overTimeUsd"];
  dataKey: "cumulativeUsdMillions" | "cumulativeMw";
  yearKey: "usdMillions" | "mw";
  format: (v: number) => string;
  formatShort: (v: number) => string;
  color: string;
  source: string;
  asOf: string;
  summary: string;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  // Time runs left to right in every language; in Urdu the value axis moves to the right, where
  // the reader starts and where the latest value is.
  const rtl = isRtl(lang);
  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      source={source}
      asOf={asOf}
      summary={summary}
      table={
        <DataTable
          caption={title}
          rows={rows}
          rowKey={(r) => String(r.year)}
          columns={[
            { key: "year", header: t("table.year"), cell: (r) => formatYear(r.year, lang) },
            {
              key: "inYear",
              header: t("table.completedInYear"),
              cell: (r) => format(r[yearKey]),
              align: "end",
            },
            {
              key: "cumulative",
              header: t("table.cumulative"),
              cell: (r) => format(r[dataKey]),
              align: "end",
            },
          ]}
        />
      }
    >
      <ChartContainer config={{ [dataKey]: { label: title, color } }} height={280}>
        <AreaChart
          data={rows}
          margin={rtl ? { left: 16, right: 8, top: 8 } : { left: 8, right: 16, top: 8 }}
          accessibilityLayer
        >
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis
            dataKey="year"
            tick={tick}
            stroke="var(--chart-grid)"
            tickFormatter={(y) => formatYear(Number(y), lang)}
          />
          <YAxis
            orientation={rtl ? "right" : "left"}
            tickFormatter={formatShort}
            tick={tick}
            stroke="var(--chart-grid)"
            width={lang === "en" ? 64 : 96}
          />
          <Area
            type="stepAfter"
            dataKey={dataKey}
            name={title}
            stroke={`var(--color-${dataKey})`}
            fill={`var(--color-${dataKey})`}
            fillOpacity={0.2}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </AreaChart>
      </ChartContainer>
    </ChartFrame>
  );
}
