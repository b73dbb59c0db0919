import { filterProjects, isCounted, type InvestmentRow } from "@/data/selectors/projects";
import { selectOverview } from "@/data/selectors/overview";
import type { Dataset, Project } from "@/data/schema";
import { formatNumber } from "../../format";
import { figureBase, type FigureContext } from "../context";
import type { BarsFigure, ColorToken } from "../figure";
import { formatValue } from "../format-value";
import { collectSources } from "../sources";
import { sectorToken, statusToken } from "./tokens";

/** The projects a project figure draws: the filtered ones that count in aggregates. */
function countedProjects(dataset: Dataset, ctx: FigureContext): Project[] {
  return filterProjects(dataset.projects, ctx.filters).filter((p) => p.countInAggregates);
}

/**
 * The bars and the table of an investment-by-group figure (sector, province): a group with no
 * reported cost has no value ("not reported"), never a zero.
 */
function investmentParts<K extends string>(
  groups: readonly InvestmentRow<K>[],
  group: "sector" | "province",
  ctx: FigureContext,
  color: (key: K) => ColorToken,
): Pick<BarsFigure, "bars" | "table"> {
  const { t } = ctx;
  const label = (key: K) => t(`${group}.${key}`);
  const value = (r: InvestmentRow<K>) => (r.projectsWithCost > 0 ? r.usdMillions : null);
  return {
    bars: groups.map((r) => ({
      key: r.key,
      label: label(r.key),
      value: value(r),
      color: color(r.key),
    })),
    table: {
      fields: [
        { key: group, label: t(`table.${group}`), unit: "text" },
        { key: "usdMillions", label: t("table.investment"), unit: "usd-millions" },
        { key: "projectsWithCost", label: t("table.projectsWithCost"), unit: "count" },
        { key: "projects", label: t("table.projects"), unit: "count" },
      ],
      rows: groups.map((r) => ({
        [group]: label(r.key),
        usdMillions: value(r),
        projectsWithCost: r.projectsWithCost,
        projects: r.projects,
      })),
    },
  };
}

/** Investment by sector: one bar per sector with projects, largest first. */
export function buildSectorFigure(dataset: Dataset, ctx: FigureContext): BarsFigure {
  const { t, format } = ctx;
  const data = selectOverview(dataset, ctx.filters);
  const parts = investmentParts(data.bySector, "sector", ctx, sectorToken);
  const largest = data.bySector.find((r) => r.projectsWithCost > 0);
  const usd = (v: number) => formatValue(v, "usd-millions", format);
  return {
    kind: "bars",
    valueUnit: "usd-millions",
    valueLabel: t("table.investment"),
    bars: parts.bars,
    ...figureBase(dataset, ctx, {
      id: "overview.by-sector",
      title: t("overview.bySector.title"),
      subtitle: t("overview.bySector.subtitle", {
        withCost: formatNumber(data.headline.projectsWithCost, format),
        projects: formatNumber(data.headline.projects, format),
      }),
      table: parts.table,
      legend: [],
      notes: [],
      sources: collectSources(countedProjects(dataset, ctx).filter(isCounted)),
      summary: largest
        ? t("overview.bySector.summary", {
            sector: t(`sector.${largest.key}`),
            value: usd(largest.usdMillions),
            total: usd(data.headline.investmentUsdMillions),
          })
        : "",
    }),
  };
}

/** Projects by status, in the status list's order. */
export function buildStatusFigure(dataset: Dataset, ctx: FigureContext): BarsFigure {
  const { t, format } = ctx;
  const data = selectOverview(dataset, ctx.filters);
  const label = (key: string) => t(`status.${key}`);
  return {
    kind: "bars",
    valueUnit: "count",
    valueLabel: t("table.projects"),
    bars: data.byStatus.map((r) => ({
      key: r.key,
      label: label(r.key),
      value: r.projects,
      color: statusToken(r.key),
    })),
    ...figureBase(dataset, ctx, {
      id: "overview.by-status",
      title: t("overview.byStatus.title"),
      subtitle: t("overview.byStatus.subtitle"),
      table: {
        fields: [
          { key: "status", label: t("table.status"), unit: "text" },
          { key: "projects", label: t("table.projects"), unit: "count" },
        ],
        rows: data.byStatus.map((r) => ({ status: label(r.key), projects: r.projects })),
      },
      legend: [],
      notes: [],
      sources: collectSources(countedProjects(dataset, ctx)),
      summary: t("overview.byStatus.summary", {
        list: data.byStatus
          .map((r) => `${label(r.key)}: ${formatNumber(r.projects, format)}`)
          .join(t("app.listSeparator")),
      }),
    }),
  };
}

/** Investment by province or region; a project in several provinces counted once, under "several". */
export function buildProvinceFigure(dataset: Dataset, ctx: FigureContext): BarsFigure {
  const { t, format } = ctx;
  const data = selectOverview(dataset, ctx.filters);
  const parts = investmentParts(data.byProvince, "province", ctx, () => "chart-1");
  const top = data.byProvince.find((r) => r.projectsWithCost > 0);
  return {
    kind: "bars",
    valueUnit: "usd-millions",
    valueLabel: t("table.investment"),
    bars: parts.bars,
    ...figureBase(dataset, ctx, {
      id: "overview.by-province",
      title: t("overview.byProvince.title"),
      subtitle: t("overview.byProvince.subtitle"),
      table: parts.table,
      legend: [],
      notes: [],
      sources: collectSources(countedProjects(dataset, ctx).filter(isCounted)),
      summary: top
        ? t("overview.byProvince.summary", {
            province: t(`province.${top.key}`),
            value: formatValue(top.usdMillions, "usd-millions", format),
          })
        : "",
    }),
  };
}
