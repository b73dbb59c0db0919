import type { Dataset } from "@/data/schema";
import {
  ganttData,
  ganttProjects,
  type GanttBar,
  type GanttGrouping,
} from "@/data/selectors/gantt";
import { filterProjects } from "@/data/selectors/projects";
import { dateExtent, wholeYears, type DateExtent, type TimeRange } from "@/data/selectors/timeline";
import { formatNumber, formatPartialDate } from "../../format";
import { figureBase, type FigureContext } from "../context";
import type { ColorToken, GanttFigure, GanttFigureRow, LegendEntry, Span } from "../figure";
import { collectSources } from "../sources";
import { projectNameIn } from "./project-name";

export interface GanttFigureOptions {
  grouping: GanttGrouping;
}

const span = (x: TimeRange | DateExtent | null): Span | null =>
  x === null ? null : { start: x.from, end: x.to };

const END: Record<GanttBar["end"], NonNullable<GanttFigureRow["bar"]>["ending"]> = {
  completion: "completion",
  today: "as-of",
  planned: "planned",
  "start-only": "start-only",
};

/**
 * The Gantt of construction periods for the projects the filters select, as the Projects view
 * draws it, except that works under way end at the dataset's data-as-of day (what the data can
 * say), not at the reader's today, which is a mark of its own. The axis runs over whole years.
 */
export function buildGanttFigure(
  dataset: Dataset,
  ctx: FigureContext,
  options: GanttFigureOptions,
): GanttFigure {
  const { t } = ctx;
  const lang = ctx.format.lang;
  const projects = ganttProjects(filterProjects(dataset.projects, ctx.filters), ctx.filters.from);
  const asOf = dataset.metadata.dataAsOf;
  const asOfTime = dateExtent(asOf).from;
  const data = ganttData(projects, options.grouping, asOfTime);
  const byId = new Map(projects.map((p) => [p.id, p]));

  const groups = data.groups.map((g) => ({
    key: g.key,
    label: t(`${options.grouping}.${g.key}`),
    rows: g.rows.map((r): GanttFigureRow => ({
      id: r.id,
      label: projectNameIn(r, lang),
      status: r.status,
      color: `status-${r.status}`,
      bar: r.bar && {
        start: r.bar.from,
        end: r.bar.to,
        ending: END[r.bar.end],
        startUncertain: span(r.bar.startUncertain),
        endUncertain: span(r.bar.endUncertain),
      },
      plannedCompletion: span(r.plannedCompletion),
      completion: span(r.completion),
    })),
  }));
  const rows = data.groups.flatMap((g) => g.rows.map((row) => ({ row, group: g.key })));
  const drawn = rows.map((x) => byId.get(x.row.id)!);
  const from = Math.min(data.domain?.from ?? asOfTime, asOfTime, ctx.today);
  const to = Math.max(data.domain?.to ?? asOfTime, asOfTime, ctx.today + 1);
  const years = wholeYears({ from, to });

  const statuses = [...new Set(rows.map((x) => x.row.status))];
  const legend: LegendEntry[] = [
    ...statuses.map((s) => ({
      label: t(`status.${s}`),
      color: `status-${s}` as ColorToken,
      shape: "square" as const,
    })),
    { label: t("gantt.legend.uncertain"), color: "foreground", shape: "hatched" },
    { label: t("gantt.legend.planPeriod"), color: "foreground", shape: "outline" },
    { label: t("gantt.legend.planned"), color: "foreground", shape: "diamond" },
    {
      label: t("gantt.figure.asOf", { date: formatPartialDate(asOf, ctx.format) }),
      color: "muted",
      shape: "line",
    },
    { label: t("gantt.legend.today"), color: "foreground", shape: "dashed" },
  ];

  const notes = data.undated.length
    ? [
        t("gantt.figure.undated", {
          count: data.undated.length,
          n: formatNumber(data.undated.length, ctx.format),
        }),
      ]
    : [];

  const base = figureBase(dataset, ctx, {
    id: `projects.gantt.${options.grouping}`,
    title: t("gantt.title"),
    // The legend names each mark (hatching, the diamond, the lines): the subtitle says only what a bar spans.
    subtitle: t("gantt.figure.lede", { date: formatPartialDate(asOf, ctx.format) }),
    legend,
    notes,
    summary:
      data.rowCount === 0
        ? t("gantt.summaryEmpty", { undated: data.undated.length })
        : t("gantt.summary", {
            count: data.rowCount,
            grouping: t(`gantt.grouping.${options.grouping}`),
            undated: data.undated.length,
            withDelay: data.withDelay,
            late: data.late,
          }),
    table: {
      fields: [
        { key: "project", label: t("gantt.table.project"), unit: "text" },
        { key: "group", label: t(`gantt.grouping.${options.grouping}`), unit: "text" },
        { key: "status", label: t("table.status"), unit: "text" },
        { key: "start", label: t("gantt.table.start"), unit: "date" },
        { key: "plannedCompletion", label: t("gantt.table.planned"), unit: "date" },
        { key: "completion", label: t("gantt.table.completion"), unit: "date" },
      ],
      rows: rows.map(({ row, group }) => ({
        project: projectNameIn(row, lang),
        group: t(`${options.grouping}.${group}`),
        status: t(`status.${row.status}`),
        start: row.start?.date ?? null,
        plannedCompletion: row.plannedCompletion?.date ?? null,
        completion: row.completion?.date ?? null,
      })),
    },
    sources: collectSources(drawn),
  });

  return {
    ...base,
    kind: "gantt",
    grouping: options.grouping,
    domain: { start: years.from, end: years.to },
    asOfTime,
    today: ctx.today,
    groups,
    undated: data.undated.length,
    page: null,
  };
}
