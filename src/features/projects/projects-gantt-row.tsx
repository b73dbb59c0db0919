import { useId, type CSSProperties, type KeyboardEvent, type Ref } from "react";
import { useTranslation } from "react-i18next";
import { STATUS_COLORS } from "@/data/palette";
import type { GanttRow } from "@/data/selectors/gantt";
import type { TimeRange } from "@/data/selectors/timeline";
import { cn } from "@/lib/cn";
import { projectNameLang } from "@/shared/project-name";
import { useFormat } from "@/shared/use-format";
import { BARS_CELL, COLUMNS, HATCH, pct, widthPct } from "./projects-gantt-layout";
import { delayText, rowFacts, rowName } from "./projects-gantt-text";

/**
 * One project's row: a button named by the project's visible name (WCAG 2.5.3), described by its
 * status, dates and delay, over the name and the bars; the delay beside it is shown, not read
 * twice. On a narrow list the name and delay share the first line and the bars the second.
 */
export function GanttRowView({
  row,
  domain,
  tabStop,
  buttonRef,
  onOpen,
  onFocus,
  onKeyDown,
  style,
  className,
}: {
  row: GanttRow;
  domain: TimeRange;
  tabStop: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  onOpen: (id: string) => void;
  onFocus: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
  style?: CSSProperties;
  className?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const factsId = useId();
  const name = rowName(row, format);
  return (
    <div
      style={style}
      className={cn(
        "grid grid-rows-[auto_minmax(0,1fr)] @min-[640px]:grid-rows-1",
        COLUMNS,
        className,
      )}
    >
      <button
        ref={buttonRef}
        type="button"
        tabIndex={tabStop ? 0 : -1}
        aria-describedby={factsId}
        onClick={() => onOpen(row.id)}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        className="group col-span-full row-span-full grid grid-cols-subgrid grid-rows-subgrid items-center text-start text-xs hover:bg-muted focus-visible:bg-muted focus-visible:-outline-offset-2"
      >
        {/* Names (English where no Urdu name is known) are isolated, so a long one is cut at its
            end, not its start, in Urdu. */}
        <span
          dir="auto"
          lang={projectNameLang(row, format.lang)}
          // On a narrow list the year lines run under the name: its own background keeps it clear.
          className="relative z-10 col-start-1 row-start-1 max-w-full justify-self-start truncate bg-card ps-1 pe-2 group-hover:bg-muted group-focus-visible:bg-muted @min-[640px]:justify-self-stretch @min-[640px]:bg-transparent @min-[640px]:ps-0 rtl:text-right"
          title={name}
        >
          {name}
        </span>
        <span className={cn("relative h-full", BARS_CELL)} dir="ltr">
          <RowMarks row={row} domain={domain} />
        </span>
      </button>
      <span
        aria-hidden="true"
        className="pointer-events-none col-start-2 row-start-1 self-center truncate ps-1 pe-1 text-end text-xs text-muted-foreground tabular-nums @min-[640px]:col-start-3 @min-[640px]:pe-0"
      >
        {delayText(row, t, format)}
      </span>
      <span id={factsId} hidden>
        {rowFacts(row, t, format)}
      </span>
    </div>
  );
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
