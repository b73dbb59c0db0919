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
} from "@/lib/format";
import { useLanguage } from "@/shared/url-state";
import { ReportedFrame } from "./reported-frame";

const tick = { fill: "var(--chart-axis)", fontSize: 12 };

function barHeight(rows: number) {
  return Math.max(120, rows * 40 + 40);
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
  const usd = (v: number) => formatUsdMillions(v, lang);
  const usdShort = (v: number) => formatUsdMillionsShort(v, lang);

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
          <BarChart
            data={sectorRows}
            layout="vertical"
            margin={{ left: 8, right: 72 }}
            accessibilityLayer
          >
            <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
            <XAxis type="number" tickFormatter={usdShort} tick={tick} stroke="var(--chart-grid)" />
            <YAxis
              type="category"
              dataKey="label"
              width={150}
              tick={tick}
              stroke="var(--chart-grid)"
            />
            <Bar
              dataKey="usdMillions"
              name={t("table.investment")}
              isAnimationActive={false}
              radius={[0, 3, 3, 0]}
            >
              {sectorRows.map((r) => (
                <Cell key={r.key} fill={`var(--color-${r.key})`} />
              ))}
              <LabelList
                dataKey="usdMillions"
                position="right"
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
          <BarChart
            data={statusRows}
            layout="vertical"
            margin={{ left: 8, right: 40 }}
            accessibilityLayer
          >
            <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
            <XAxis type="number" allowDecimals={false} tick={tick} stroke="var(--chart-grid)" />
            <YAxis
              type="category"
              dataKey="label"
              width={150}
              tick={tick}
              stroke="var(--chart-grid)"
            />
            <Bar
              dataKey="projects"
              name={t("table.projects")}
              isAnimationActive={false}
              radius={[0, 3, 3, 0]}
            >
              {statusRows.map((r) => (
                <Cell key={r.key} fill={`var(--color-${r.key})`} />
              ))}
              <LabelList
                dataKey="projects"
                position="right"
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
          <BarChart
            data={provinceRows}
            layout="vertical"
            margin={{ left: 8, right: 72 }}
            accessibilityLayer
          >
            <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
            <XAxis type="number" tickFormatter={usdShort} tick={tick} stroke="var(--chart-grid)" />
            <YAxis
              type="category"
              dataKey="label"
              width={150}
              tick={tick}
              stroke="var(--chart-grid)"
            />
            <Bar
              dataKey="usdMillions"
              name={t("table.investment")}
              fill="var(--color-usdMillions)"
              isAnimationActive={false}
              radius={[0, 3, 3, 0]}
            >
              <LabelList
                dataKey="usdMillions"
                position="right"
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
        formatShort={(v) => formatNumber(v, lang)}
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
        <AreaChart data={rows} margin={{ left: 8, right: 16, top: 8 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis
            dataKey="year"
            tick={tick}
            stroke="var(--chart-grid)"
            tickFormatter={(y) => formatYear(Number(y), lang)}
          />
          <YAxis tickFormatter={formatShort} tick={tick} stroke="var(--chart-grid)" width={64} />
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
