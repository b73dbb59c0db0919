import { defaultRangeExtractor, observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, type CSSProperties, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { timeTicks } from "@/data/selectors/time-ticks";
import type { TimeRange } from "@/data/selectors/timeline";
import { useMeasuredWidth } from "@/components/ui/use-measured-width";
import { cn } from "@/lib/cn";
import { useFormat } from "@/shared/use-format";
import { rowForKey, useRowFocus } from "./projects-gantt-keyboard";
import {
  COLUMNS,
  GANTT_VIRTUAL_ABOVE,
  GROUP_PX,
  NARROW_BELOW_PX,
  NARROW_ROW_PX,
  pct,
  ROW_PX,
  SCROLL_MAX_PX,
} from "./projects-gantt-layout";
import { GanttRowView } from "./projects-gantt-row";
import type { GanttEntry } from "./projects-gantt-text";

/**
 * The Gantt's list: the year axis (held at the top while the list scrolls), the grid and today
 * lines, the group headings and a row button per project with one tab stop — ArrowUp/ArrowDown
 * (Home/End) move between rows, Enter opens the project. Above GANTT_VIRTUAL_ABOVE rows only
 * those in view are rendered.
 */
export function GanttRows({
  entries,
  entryOfRow,
  domain,
  today,
  onOpen,
  label,
}: {
  entries: readonly GanttEntry[];
  /** The index in `entries` of each row, in row order. */
  entryOfRow: readonly number[];
  domain: TimeRange;
  today: number;
  onOpen: (id: string) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [scroller, listWidth] = useMeasuredWidth<HTMLDivElement>(1024);
  // Until measured (the build's first screen, drawn for any screen), few enough ticks for a phone.
  const [axis, axisWidth] = useMeasuredWidth<HTMLSpanElement>(216);
  const rowCount = entryOfRow.length;
  const focus = useRowFocus(rowCount);
  const virtual = rowCount > GANTT_VIRTUAL_ABOVE;
  const activeEntry = entryOfRow[focus.current] ?? 0;
  const rowPx = listWidth > 0 && listWidth < NARROW_BELOW_PX ? NARROW_ROW_PX : ROW_PX;

  // The virtualizer's functions are read fresh on every render here; nothing memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? entries.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (entries[i]?.type === "group" ? GROUP_PX : rowPx),
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
  // A narrow list's rows are taller: the sizes already measured are measured again.
  useEffect(() => {
    if (virtual) virtualizer.measure();
  }, [virtual, rowPx, virtualizer]);

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const next = rowForKey(e.key, index, rowCount);
    if (next === null) return;
    e.preventDefault();
    if (!focus.focus(next)) virtualizer.scrollToIndex(entryOfRow[next]!, { align: "auto" });
  };

  const ticks = timeTicks(domain, Math.floor((axisWidth || 216) / 72));
  const todayIn = today >= domain.from && today <= domain.to;

  const renderEntry = (entry: GanttEntry, style?: CSSProperties) => {
    if (entry.type === "group")
      return (
        <div
          key={`g-${entry.key}`}
          style={{ ...style, height: GROUP_PX }}
          className="flex items-end border-b border-border pb-1 text-sm font-semibold"
        >
          <span className="truncate">{entry.label}</span>
          <span className="ms-1.5 font-normal text-muted-foreground">
            ({format.number(entry.count)})
          </span>
        </div>
      );
    const { row, index } = entry;
    return (
      <GanttRowView
        key={row.id}
        row={row}
        domain={domain}
        tabStop={index === focus.current}
        buttonRef={focus.register(index)}
        onOpen={onOpen}
        onFocus={() => focus.setActive(index)}
        onKeyDown={(e) => onKeyDown(e, index)}
        style={style}
        // Without a virtual window the height follows the list's width in CSS alone.
        className={style ? undefined : "h-[46px] @min-[640px]:h-[30px]"}
      />
    );
  };

  return (
    <div
      ref={scroller}
      role="group"
      aria-label={t("gantt.rowsLabel", { title: label })}
      className={cn("@container relative", virtual && "overflow-y-auto")}
      style={virtual ? { maxHeight: SCROLL_MAX_PX } : undefined}
    >
      <div
        aria-hidden="true"
        className={cn(
          "sticky top-0 z-20 grid h-6 border-b border-[var(--chart-axis)] bg-card text-xs",
          COLUMNS,
        )}
      >
        <span className="hidden @min-[640px]:block" />
        <span
          ref={axis}
          className="relative col-span-full @min-[640px]:col-span-1 @min-[640px]:col-start-2"
          dir="ltr"
        >
          {ticks.map((tick) => (
            <span
              key={tick.at}
              // Centred on its tick, except at the ends, where it would run out of the card.
              className={cn(
                "absolute bottom-0.5 whitespace-nowrap text-[var(--chart-axis)]",
                tickAlign(tick.at, domain),
              )}
              style={{ left: pct(tick.at, domain) }}
            >
              {format.partialDate(tick.date)}
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
        <span className="hidden self-end pb-0.5 text-end font-medium text-muted-foreground @min-[640px]:block">
          {t("gantt.delayColumn")}
        </span>
      </div>
      <div
        className="relative"
        style={{ height: virtual ? virtualizer.getTotalSize() : undefined }}
      >
        <div
          aria-hidden="true"
          className={cn("pointer-events-none absolute inset-0 grid grid-rows-1", COLUMNS)}
        >
          <span
            className="relative col-span-full @min-[640px]:col-span-1 @min-[640px]:col-start-2"
            dir="ltr"
          >
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
          : entries.map((e) => renderEntry(e))}
      </div>
    </div>
  );
}

function tickAlign(at: number, domain: TimeRange): string {
  const share = (at - domain.from) / (domain.to - domain.from);
  return share < 0.04 ? "translate-x-0" : share > 0.96 ? "-translate-x-full" : "-translate-x-1/2";
}
