import { useQueryState } from "nuqs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Button } from "@/components/ui/button";
import type { Filters } from "@/data/filters";
import { useDataset } from "@/data/queries";
import type { Dataset, Project } from "@/data/schema";
import { GANTT_GROUPINGS, ganttData, ganttProjects } from "@/data/selectors/gantt";
import { dateExtent } from "@/data/selectors/timeline";
import { buildGanttFigure } from "@/lib/figure/build/gantt";
import { URL_PARAMS } from "@/lib/url-params";
import { useToday } from "@/shared/today";
import { useFigure } from "@/shared/use-figure";
import { GanttLegend } from "./projects-gantt-legend";
import { GanttRows } from "./projects-gantt-rows";
import { ganttEntries } from "./projects-gantt-text";
import { GanttUndated } from "./projects-gantt-undated";

const selectMeta = (d: Dataset) => d.metadata;

const ganttParser = URL_PARAMS.gantt.parser.withOptions({ history: "push", clearOnDefault: true });

/**
 * The construction periods of projects as a Gantt chart: a row per project from start to
 * completion (or to today while under way, or to the planned completion while only planned), the
 * planned completion as a hollow diamond, dates known only to the year or month as hatched spans,
 * a "today" line, grouped by sector or province (`gantt=province` in the URL), and the projects
 * with no dates listed below.
 */
export function ProjectsGantt({
  projects,
  filters,
  onOpen,
}: {
  projects: readonly Project[];
  /** The filters that selected `projects`: the figure (and its exports) is built from them. */
  filters: Filters;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const meta = useDataset(selectMeta);
  const [grouping, setGrouping] = useQueryState("gantt", ganttParser);
  const today = useToday();
  // Works under way end at the data-as-of day (what the data can say); today is a line apart.
  const asOfTime = dateExtent(meta.dataAsOf).from;
  const data = useMemo(
    () => ganttData(ganttProjects(projects, filters.from), grouping, asOfTime),
    [projects, filters.from, grouping, asOfTime],
  );
  const figureOptions = useMemo(() => ({ grouping }), [grouping]);
  const figure = useFigure(buildGanttFigure, filters, figureOptions);
  const entries = useMemo(() => ganttEntries(data, grouping, t), [data, grouping, t]);
  const entryOfRow = useMemo(
    () => entries.flatMap((e, i) => (e.type === "row" ? [i] : [])),
    [entries],
  );
  const statuses = useMemo(
    () => [...new Set(data.groups.flatMap((g) => g.rows.map((r) => r.status)))],
    [data],
  );

  const grouper = (
    <div role="group" aria-label={t("gantt.groupBy")} className="flex items-center gap-1">
      <span aria-hidden="true" className="text-xs text-muted-foreground">
        {t("gantt.groupBy")}
      </span>
      {GANTT_GROUPINGS.map((g) => (
        <Button key={g} size="sm" aria-pressed={grouping === g} onClick={() => void setGrouping(g)}>
          {t(`gantt.grouping.${g}`)}
        </Button>
      ))}
    </div>
  );

  return (
    <ChartFrame figure={figure} actions={grouper}>
      <div className="mb-2 flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <GanttLegend statuses={statuses} />
      </div>
      {data.domain && data.rowCount > 0 ? (
        <GanttRows
          entries={entries}
          entryOfRow={entryOfRow}
          domain={data.domain}
          today={today}
          onOpen={onOpen}
          label={t("gantt.title")}
        />
      ) : null}
      <GanttUndated projects={data.undated} onOpen={onOpen} />
    </ChartFrame>
  );
}
