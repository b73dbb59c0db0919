import { useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from "react";
import { clsx } from "clsx";
import { useTranslation } from "react-i18next";
import { type TimeRange, type TimelineItem, type TimelineKind } from "@/data/selectors/timeline";
import { layoutLanes, type Lane, type Mark } from "@/data/selectors/timeline-lanes";
import { type TimelineIndex } from "@/data/selectors/timeline-index";
import { timeTicks } from "@/data/selectors/time-ticks";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { type Language } from "@/shared/url-state";
import { itemTitle, KIND_COLORS } from "./timeline-labels";
import { useMeasuredWidth } from "@/components/ui/use-measured-width";
import { useFormat } from "@/shared/use-format";

/** Smallest drawn mark, in pixels: a dot's diameter and the narrowest span. */
const MARK_PX = 12;
/** A mark standing for several items on one date: wide enough for its number. */
const CLUSTER_PX = 22;
const ROW_PX = 22;
const TICK_PX = 110;

function pct(fraction: number): string {
  return `${(fraction * 100).toFixed(4)}%`;
}

/**
 * The timeline itself: one lane per kind on a shared time axis, each item a button. Each lane is a
 * toolbar with one tab stop; the arrow keys move along it (Left/Right, Home/End) and between lanes
 * (Up/Down, to the nearest item in time).
 */
export function TimelineChart({
  items,
  kinds,
  range,
  today,
  index,
  selectedKey,
  onSelect,
}: {
  items: readonly TimelineItem[];
  kinds: readonly TimelineKind[];
  range: TimeRange;
  today: number;
  index: TimelineIndex;
  selectedKey: string | null;
  onSelect: (key: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { lang } = format;
  const [plot, measured] = useMeasuredWidth<HTMLDivElement>(960);
  // 0 only in the render before the first measurement (never painted): lay out for 960 px.
  const width = measured || 960;
  const lanes = layoutLanes(items, kinds, range, MARK_PX / width, CLUSTER_PX / width);
  const ticks = timeTicks(range, Math.floor(width / TICK_PX));
  const span = range.to - range.from;
  const todayAt = (today - range.from) / span;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [active, setActive] = useState<Partial<Record<TimelineKind, string>>>({});

  const isSelected = (mark: Mark) =>
    mark.key === selectedKey || mark.items.some((x) => x.key === selectedKey);
  const tabStop = (lane: Lane): string | undefined => {
    const keys = lane.marks.map((m) => m.key);
    const chosen = lane.marks.find(isSelected);
    if (chosen) return chosen.key;
    const remembered = active[lane.kind];
    return remembered && keys.includes(remembered) ? remembered : keys[0];
  };

  const focus = (key: string | undefined) => {
    if (key) buttons.current.get(key)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, laneIndex: number, markIndex: number) => {
    const lane = lanes[laneIndex]!;
    const mark = lane.marks[markIndex]!;
    const along: Record<string, number | undefined> = {
      ArrowRight: markIndex + 1,
      ArrowLeft: markIndex - 1,
      Home: 0,
      End: lane.marks.length - 1,
    };
    if (event.key in along) {
      event.preventDefault();
      focus(lane.marks[along[event.key]!]?.key);
      return;
    }
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    event.preventDefault();
    const step = event.key === "ArrowDown" ? 1 : -1;
    const centre = mark.left + mark.width / 2;
    for (let i = laneIndex + step; i >= 0 && i < lanes.length; i += step) {
      const next = lanes[i]!.marks;
      if (next.length === 0) continue;
      const nearest = next.reduce((best, m) =>
        Math.abs(m.left + m.width / 2 - centre) < Math.abs(best.left + best.width / 2 - centre)
          ? m
          : best,
      );
      focus(nearest.key);
      return;
    }
  };

  return (
    <div className="text-xs" dir="ltr">
      <div ref={plot} className="relative mx-2">
        <div aria-hidden="true" className="pointer-events-none absolute inset-0">
          {ticks.map((tick) => (
            <div
              key={tick.at}
              className="absolute inset-y-0 border-s border-[var(--chart-grid)]"
              style={{ left: pct((tick.at - range.from) / span) }}
            />
          ))}
        </div>
        {todayAt >= 0 && todayAt <= 1 && (
          <div
            className="pointer-events-none absolute inset-y-0 z-10 border-s-2 border-dashed border-[var(--foreground)]"
            style={{ left: pct(todayAt) }}
          >
            <span className="absolute -top-0.5 -translate-x-1/2 rounded bg-card px-1 font-semibold text-foreground">
              {t("timeline.today")}
            </span>
          </div>
        )}
        <div className="relative space-y-1 pt-5">
          {lanes.map((lane, laneIndex) => {
            const stop = tabStop(lane);
            const label = t(`timeline.kind.${lane.kind}`);
            return (
              <div key={lane.kind} className="border-b border-border/60 pb-1 last:border-0">
                <p className="relative font-medium text-muted-foreground">
                  <span
                    aria-hidden="true"
                    className="me-1.5 inline-block size-2.5 rounded-full align-middle"
                    style={{ background: KIND_COLORS[lane.kind] }}
                  />
                  {label}
                  <span className="ms-1 font-normal">({formatNumber(lane.count, format)})</span>
                </p>
                <div
                  role="toolbar"
                  aria-label={label}
                  aria-orientation="horizontal"
                  className="relative"
                  style={{ height: lane.rows * ROW_PX }}
                >
                  {lane.marks.map((mark, markIndex) => (
                    // Each mark a component of its own: React can then build a long lane in
                    // short slices, answering the reader in between.
                    <TimelineMark
                      key={mark.key}
                      mark={mark}
                      kind={lane.kind}
                      kindLabel={label}
                      index={index}
                      lang={lang}
                      tabStop={mark.key === stop}
                      selected={isSelected(mark)}
                      buttons={buttons}
                      onSelect={onSelect}
                      onFocus={() => setActive((a) => ({ ...a, [lane.kind]: mark.key }))}
                      onKeyDown={(e) => onKeyDown(e, laneIndex, markIndex)}
                    />
                  ))}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      <div
        aria-hidden="true"
        className="relative mx-2 mt-1 h-5 border-t border-[var(--chart-axis)]"
      >
        {ticks.map((tick) => (
          <span
            key={tick.at}
            className="absolute top-1 -translate-x-1/2 whitespace-nowrap text-[var(--chart-axis)]"
            style={{ left: pct((tick.at - range.from) / span) }}
          >
            {formatPartialDate(tick.date, format)}
          </span>
        ))}
      </div>
    </div>
  );
}

function TimelineMark({
  mark,
  kind,
  kindLabel,
  index,
  lang,
  tabStop,
  selected,
  buttons,
  onSelect,
  onFocus,
  onKeyDown,
}: {
  mark: Mark;
  kind: TimelineKind;
  kindLabel: string;
  index: TimelineIndex;
  lang: Language;
  tabStop: boolean;
  selected: boolean;
  /** Each mark's button by key, for moving the focus by keyboard. */
  buttons: RefObject<Map<string, HTMLButtonElement>>;
  onSelect: (key: string) => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = mark.items[0]!;
  const many = mark.items.length;
  const date = formatPartialDate(mark.extent.date, format);
  const title =
    many > 1
      ? t("timeline.cluster", { count: many, kind: kindLabel })
      : itemTitle(first, index, t, lang);
  const size = many > 1 ? CLUSTER_PX : MARK_PX;
  return (
    <button
      ref={(el) => {
        if (el) buttons.current.set(mark.key, el);
        else buttons.current.delete(mark.key);
      }}
      type="button"
      data-key={mark.key}
      tabIndex={tabStop ? 0 : -1}
      aria-label={t("timeline.itemLabel", { title, kind: kindLabel, date })}
      aria-pressed={selected}
      title={`${title} · ${date}`}
      onClick={() => onSelect(mark.key)}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      // The variants exclude one another: no class merging needed, which would cost per mark.
      className={clsx(
        "absolute flex cursor-pointer items-center justify-center border-2 border-[var(--c)] text-[10px] leading-none font-bold",
        mark.point ? "rounded-full bg-[var(--c)] text-card" : "rounded-sm bg-card text-foreground",
        selected && "ring-2 ring-foreground ring-offset-1 ring-offset-card",
      )}
      style={
        {
          "--c": KIND_COLORS[kind],
          left: pct(mark.left),
          width: mark.point ? size : `max(${size}px, ${pct(mark.width)})`,
          height: many > 1 ? CLUSTER_PX - 4 : MARK_PX,
          top: mark.row * ROW_PX + (ROW_PX - (many > 1 ? CLUSTER_PX - 4 : MARK_PX)) / 2,
          backgroundImage: mark.point
            ? undefined
            : "repeating-linear-gradient(135deg, color-mix(in srgb, var(--c) 45%, transparent) 0 3px, transparent 3px 6px)",
        } as CSSProperties
      }
    >
      {many > 1 && <span aria-hidden="true">{formatNumber(many, format)}</span>}
    </button>
  );
}
