import { defaultRangeExtractor, observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import { useQueryState } from "nuqs";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from "react";
import { useTranslation } from "react-i18next";
import { useToday } from "@/shared/today";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Button } from "@/components/ui/button";
import type { Filters } from "@/data/filters";
import { STATUS_COLORS } from "@/data/palette";
import { useDataset } from "@/data/queries";
import type { Dataset, Project } from "@/data/schema";
import { GANTT_GROUPINGS, ganttData, ganttProjects, type GanttRow } from "@/data/selectors/gantt";
import { timeTicks } from "@/data/selectors/time-ticks";
import { dateExtent, type TimeRange } from "@/data/selectors/timeline";
import { cn } from "@/lib/cn";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { URL_PARAMS } from "@/lib/url-params";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useLanguage } from "@/shared/url-state";
import { useFigure } from "@/shared/use-figure";
import { buildGanttFigure } from "@/lib/figure/build/gantt";

const selectMeta = (d: Dataset) => d.metadata;

/** Above this many rows only the rows in view are rendered. */
const GANTT_VIRTUAL_ABOVE = 150;
const ROW_PX = 30;
const GROUP_PX = 30;
const SCROLL_MAX_PX = 640;
const COLUMNS =
  "grid-cols-[7.5rem_minmax(0,1fr)_3.5rem] sm:grid-cols-[12rem_minmax(0,1fr)_4.5rem] lg:grid-cols-[17rem_minmax(0,1fr)_5rem]";
const HATCH = "repeating-linear-gradient(135deg, var(--c) 0 2px, transparent 2px 5px)";

const ganttParser = URL_PARAMS.gantt.parser.withOptions({ history: "push", clearOnDefault: true });

type Entry =
  | { type: "group"; key: string; label: string; count: number }
  | { type: "row"; row: GanttRow; index: number };

function pct(time: number, range: TimeRange): string {
  return `${(((time - range.from) / (range.to - range.from)) * 100).toFixed(4)}%`;
}
function widthPct(from: number, to: number, range: TimeRange): string {
  return `${(((to - from) / (range.to - range.from)) * 100).toFixed(4)}%`;
}

/**
 * The construction periods of projects as a Gantt chart: a row per project from start to
 * completion (or to today while under way, or to the planned completion while only planned), the
 * planned completion as a hollow diamond, dates known only to the year or month as hatched spans,
 * a "today" line, grouped by sector or province (`gantt=province` in the URL). The rows are buttons
 * with one tab stop: ArrowUp/ArrowDown (Home/End) move between them, Enter opens the project.
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
  const [lang] = useLanguage();
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
  const date = (d: string) => formatPartialDate(d, lang);
  const title = t("gantt.title");

  const entries = useMemo(() => {
    const list: Entry[] = [];
    let index = 0;
    for (const g of data.groups) {
      list.push({
        type: "group",
        key: g.key,
        label: t(`${grouping}.${g.key}`),
        count: g.rows.length,
      });
      for (const row of g.rows) list.push({ type: "row", row, index: index++ });
    }
    return list;
  }, [data, grouping, t]);
  const entryOfRow = useMemo(
    () => entries.flatMap((e, i) => (e.type === "row" ? [i] : [])),
    [entries],
  );

  const statuses = useMemo(
    () => [...new Set(data.groups.flatMap((g) => g.rows.map((r) => r.status)))],
    [data],
  );
  const delayText = (r: GanttRow): string => {
    if (r.delayMonths === null) return "";
    const years = r.delayPrecision === "year";
    const n = formatNumber(Math.abs(years ? r.delayMonths / 12 : r.delayMonths), lang);
    const count = Math.abs(years ? r.delayMonths / 12 : r.delayMonths);
    if (r.delayMonths === 0) return t(years ? "gantt.delay.sameYear" : "gantt.delay.onTime");
    return t(`gantt.delay.${r.delayMonths > 0 ? "late" : "early"}${years ? "Years" : "Months"}`, {
      count,
      n,
    });
  };
  const delaySpoken = (r: GanttRow): string => {
    if (r.delayMonths === null) return "";
    const years = r.delayPrecision === "year";
    const count = Math.abs(years ? r.delayMonths / 12 : r.delayMonths);
    if (r.delayMonths === 0) return t(years ? "gantt.delay.sameYearSpoken" : "gantt.delay.onTime");
    return t(
      `gantt.delay.${r.delayMonths > 0 ? "late" : "early"}${years ? "Years" : "Months"}Spoken`,
      {
        count,
        n: formatNumber(count, lang),
      },
    );
  };
  const rowLabel = (r: GanttRow): string =>
    [
      projectName(r, lang),
      t(`status.${r.status}`),
      t("gantt.label.start", { date: r.start ? date(r.start.date) : t("gantt.notReported") }),
      r.completion
        ? t("gantt.label.completion", { date: date(r.completion.date) })
        : r.bar?.end === "today"
          ? t("gantt.label.underWay")
          : null,
      r.plannedCompletion
        ? t("gantt.label.planned", { date: date(r.plannedCompletion.date) })
        : null,
      r.delayMonths !== null ? delaySpoken(r) : null,
    ]
      .filter(Boolean)
      .join(". ");

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
        <Legend statuses={statuses} />
      </div>
      {data.domain && data.rowCount > 0 ? (
        <GanttRows
          entries={entries}
          entryOfRow={entryOfRow}
          domain={data.domain}
          today={today}
          rowLabel={rowLabel}
          delayText={delayText}
          onOpen={onOpen}
          label={title}
        />
      ) : null}
      {data.undated.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium">
            {t("gantt.undated", {
              count: data.undated.length,
              n: formatNumber(data.undated.length, lang),
            })}
          </summary>
          <ul className="mt-2 columns-1 gap-4 sm:columns-2 lg:columns-3">
            {data.undated.map((p) => (
              <li key={p.id} className="break-inside-avoid py-0.5">
                <button
                  type="button"
                  onClick={() => onOpen(p.id)}
                  className="text-start text-[var(--ring)] underline underline-offset-2"
                >
                  <bdi lang={projectNameLang(p, lang)}>{projectName(p, lang)}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </ChartFrame>
  );
}

function Legend({ statuses }: { statuses: readonly GanttRow["status"][] }) {
  const { t } = useTranslation();
  const swatch = "inline-block h-3 w-6 rounded-sm";
  const items: { key: string; mark: ReactNode; label: string }[] = [
    // Prefixed: the status "planned" and the planned-completion mark would share a key.
    ...statuses.map((s) => ({
      key: `status-${s}`,
      mark: <span className={swatch} style={{ background: STATUS_COLORS[s] }} />,
      label: t(`status.${s}`),
    })),
    {
      key: "uncertain",
      mark: (
        <span
          className={cn(swatch, "border border-[var(--c)]")}
          style={{ "--c": "var(--chart-axis)", backgroundImage: HATCH } as CSSProperties}
        />
      ),
      label: t("gantt.legend.uncertain"),
    },
    {
      key: "plan",
      mark: <span className={cn(swatch, "border-2 border-dashed border-[var(--chart-axis)]")} />,
      label: t("gantt.legend.planPeriod"),
    },
    {
      key: "planned",
      mark: (
        <span className="inline-block size-2.5 rotate-45 border-2 border-[var(--foreground)] bg-card" />
      ),
      label: t("gantt.legend.planned"),
    },
    {
      key: "today",
      mark: (
        <span className="inline-block h-3.5 border-s-2 border-dashed border-[var(--foreground)]" />
      ),
      label: t("gantt.legend.today"),
    },
  ];
  return (
    <ul
      aria-label={t("gantt.legend.label")}
      className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground"
    >
      {items.map((i) => (
        <li key={i.key} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="flex items-center">
            {i.mark}
          </span>
          {i.label}
        </li>
      ))}
    </ul>
  );
}

function GanttRows({
  entries,
  entryOfRow,
  domain,
  today,
  rowLabel,
  delayText,
  onOpen,
  label,
}: {
  entries: readonly Entry[];
  entryOfRow: readonly number[];
  domain: TimeRange;
  today: number;
  rowLabel: (r: GanttRow) => string;
  delayText: (r: GanttRow) => string;
  onOpen: (id: string) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  const axis = useRef<HTMLSpanElement>(null);
  // Until measured (the build's first screen, drawn for any screen), few enough ticks for a phone.
  const axisWidth = useWidth(axis, 216);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const pending = useRef<number | null>(null);
  const [active, setActive] = useState(0);
  const rowCount = entryOfRow.length;
  const current = Math.min(active, rowCount - 1);
  const virtual = rowCount > GANTT_VIRTUAL_ABOVE;
  const activeEntry = entryOfRow[current] ?? 0;

  // The virtualizer's functions are read fresh on every render here; nothing memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? entries.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (entries[i]?.type === "group" ? GROUP_PX : ROW_PX),
    overscan: 8,
    // Before layout (or without one, as in tests) the list is taken to be as tall as it may grow.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: SCROLL_MAX_PX }),
      ),
    // The row with the tab stop stays rendered, so Tab always finds the Gantt.
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) =>
        [...new Set([...defaultRangeExtractor(range), activeEntry])].sort((a, b) => a - b),
      [activeEntry],
    ),
  });

  const focusRow = (i: number) => {
    const next = Math.max(0, Math.min(rowCount - 1, i));
    setActive(next);
    const el = buttons.current.get(next);
    if (el) el.focus();
    else {
      pending.current = next;
      virtualizer.scrollToIndex(entryOfRow[next]!, { align: "auto" });
    }
  };

  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const to: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      Home: 0,
      End: rowCount - 1,
    };
    if (e.key in to) {
      e.preventDefault();
      focusRow(to[e.key]!);
    }
  };

  const ticks = timeTicks(domain, Math.floor(axisWidth / 72));
  const todayIn = today >= domain.from && today <= domain.to;

  const renderEntry = (entry: Entry, style?: CSSProperties) => {
    if (entry.type === "group")
      return (
        <div
          key={`g-${entry.key}`}
          role="presentation"
          style={style}
          className="flex items-end border-b border-border pb-1 text-sm font-semibold"
        >
          <span className="truncate">{entry.label}</span>
          <span className="ms-1.5 font-normal text-muted-foreground">
            ({formatNumber(entry.count, lang)})
          </span>
        </div>
      );
    const { row, index } = entry;
    return (
      <button
        key={row.id}
        ref={(el) => {
          if (el) {
            buttons.current.set(index, el);
            if (pending.current === index) {
              pending.current = null;
              el.focus();
            }
          } else buttons.current.delete(index);
        }}
        type="button"
        tabIndex={index === current ? 0 : -1}
        aria-label={rowLabel(row)}
        onClick={() => onOpen(row.id)}
        onFocus={() => setActive(index)}
        onKeyDown={(e) => onKeyDown(e, index)}
        style={{ ...style, height: ROW_PX }}
        className={cn(
          "grid w-full items-center text-start text-xs hover:bg-muted focus-visible:bg-muted",
          COLUMNS,
        )}
      >
        {/* Names (English where no Urdu name is known) are isolated, so a long one is cut at its
            end, not its start, in Urdu. */}
        <span
          dir="auto"
          lang={projectNameLang(row, lang)}
          className="truncate pe-2 rtl:pl-2 rtl:text-right"
          title={projectName(row, lang)}
        >
          {projectName(row, lang)}
        </span>
        <span className="relative h-full" dir="ltr">
          <RowMarks row={row} domain={domain} />
        </span>
        <span className="truncate ps-1 text-end text-muted-foreground tabular-nums">
          {delayText(row)}
        </span>
      </button>
    );
  };

  const totalHeight = virtual ? virtualizer.getTotalSize() : undefined;

  return (
    <div
      ref={scroller}
      role="group"
      aria-label={t("gantt.rowsLabel", { title: label })}
      className={cn("relative", virtual && "overflow-y-auto")}
      style={virtual ? { maxHeight: SCROLL_MAX_PX } : undefined}
    >
      <div
        aria-hidden="true"
        className={cn(
          "sticky top-0 z-20 grid h-6 border-b border-[var(--chart-axis)] bg-card text-xs",
          COLUMNS,
        )}
      >
        <span />
        <span ref={axis} className="relative" dir="ltr">
          {ticks.map((tick) => (
            <span
              key={tick.at}
              className="absolute bottom-0.5 -translate-x-1/2 whitespace-nowrap text-[var(--chart-axis)]"
              style={{ left: pct(tick.at, domain) }}
            >
              {formatPartialDate(tick.date, lang)}
            </span>
          ))}
          {todayIn && (
            <span
              className="absolute top-0 -translate-x-1/2 rounded bg-card px-1 font-semibold whitespace-nowrap text-foreground"
              style={{ left: pct(today, domain) }}
            >
              {t("gantt.today")}
            </span>
          )}
        </span>
        <span className="self-end pb-0.5 text-end font-medium text-muted-foreground">
          {t("gantt.delayColumn")}
        </span>
      </div>
      <div className="relative" style={{ height: totalHeight }}>
        <div
          aria-hidden="true"
          className={cn("pointer-events-none absolute inset-0 grid", COLUMNS)}
        >
          <span />
          <span className="relative" dir="ltr">
            {ticks.map((tick) => (
              <span
                key={tick.at}
                className="absolute inset-y-0 border-s border-[var(--chart-grid)]"
                style={{ left: pct(tick.at, domain) }}
              />
            ))}
            {todayIn && (
              <span
                className="absolute inset-y-0 z-10 border-s-2 border-dashed border-[var(--foreground)]"
                style={{ left: pct(today, domain) }}
              />
            )}
          </span>
        </div>
        {virtual
          ? virtualizer.getVirtualItems().map((v) =>
              renderEntry(entries[v.index]!, {
                position: "absolute",
                top: 0,
                left: 0,
                width: "100%",
                height: v.size,
                transform: `translateY(${v.start}px)`,
              }),
            )
          : entries.map((e) =>
              renderEntry(e, e.type === "group" ? { height: GROUP_PX } : undefined),
            )}
      </div>
    </div>
  );
}

/** The element's width, following resizes; `fallback` until measured (and in jsdom). */
function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function RowMarks({ row, domain }: { row: GanttRow; domain: TimeRange }) {
  const color = STATUS_COLORS[row.status];
  const bar = row.bar;
  const solidFrom = bar ? (bar.startUncertain?.to ?? bar.from) : 0;
  const solidTo = bar ? (bar.endUncertain?.from ?? bar.to) : 0;
  const mid = (x: TimeRange) => (x.from + x.to) / 2;
  const base = "absolute top-1/2 h-3.5 -translate-y-1/2 rounded-[2px]";
  return (
    <span className="absolute inset-0" style={{ "--c": color } as CSSProperties}>
      {bar && bar.end === "planned" && (
        <span
          className={cn(base, "border-2 border-dashed border-[var(--c)]")}
          style={{
            left: pct(bar.from, domain),
            width: `max(8px, ${widthPct(bar.from, bar.to, domain)})`,
          }}
        />
      )}
      {bar && bar.end !== "planned" && (
        <>
          <span
            className={cn(base, "border border-[var(--c)]")}
            style={{
              left: pct(bar.from, domain),
              width: `max(4px, ${widthPct(bar.from, bar.to, domain)})`,
              backgroundImage: HATCH,
            }}
          />
          {solidTo > solidFrom && (
            <span
              className={base}
              style={{
                left: pct(solidFrom, domain),
                width: widthPct(solidFrom, solidTo, domain),
                background: color,
              }}
            />
          )}
        </>
      )}
      {!bar && row.completion && (
        <span
          className="absolute top-1/2 size-3 -translate-x-1/2 -translate-y-1/2 rounded-full bg-[var(--c)]"
          style={{ left: pct(mid(row.completion), domain) }}
        />
      )}
      {row.plannedCompletion && (
        <>
          {row.plannedCompletion.precision !== "day" && (
            <span
              className="absolute bottom-0.5 h-0.5 bg-[var(--foreground)] opacity-60"
              style={{
                left: pct(row.plannedCompletion.from, domain),
                width: widthPct(row.plannedCompletion.from, row.plannedCompletion.to, domain),
              }}
            />
          )}
          <span
            className="absolute top-1/2 size-2.5 -translate-x-1/2 -translate-y-1/2 rotate-45 border-2 border-[var(--foreground)] bg-card"
            style={{ left: pct(mid(row.plannedCompletion), domain) }}
          />
        </>
      )}
    </span>
  );
}
