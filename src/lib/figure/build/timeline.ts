import type { Dataset } from "@/data/schema";
import { selectTimelineIndex, type TimelineIndex } from "@/data/selectors/timeline-index";
import {
  timelineExtent,
  timelineItems,
  timelineKinds,
  TIMELINE_KINDS,
  visibleItems,
  wholeYears,
  type TimeRange,
  type TimelineItem,
  type TimelineKind,
} from "@/data/selectors/timeline";
import { figureBase, type FigureContext, type Translate } from "../context";
import type { ColorToken, TimelineFigure, TimelineMark } from "../figure";
import { collectSources } from "../sources";
import { projectNameIn } from "./project-name";
import { formatNumber, formatPartialDate } from "../../format";
import { monthOf } from "@/data/selectors/timeline";

export interface TimelineFigureOptions {
  /** The lanes shown, in lane order (the view's kinds minus those the reader hid). */
  kinds: readonly TimelineKind[];
  /** The zoom range; null: all dates, over whole years. */
  range: TimeRange | null;
}

/** Colour token of each lane (the lane's label carries the meaning too). */
export const TIMELINE_KIND_COLORS: Record<TimelineKind, ColorToken> = {
  jcc: "chart-1",
  jwg: "chart-4",
  visit: "chart-6",
  document: "chart-2",
  start: "chart-8",
  completion: "chart-3",
};

/** What an item is called in the chart, the table and the details panel. */
export function timelineItemTitle(
  item: TimelineItem,
  index: TimelineIndex,
  t: Translate,
  lang: string,
): string {
  switch (item.kind) {
    case "jcc":
      return item.meeting.session === null
        ? t("timeline.title.jccUnnumbered")
        : t("timeline.title.jcc", { count: item.meeting.session, ordinal: true });
    case "jwg": {
      const group = item.meeting.workingGroupId
        ? index.workingGroups.get(item.meeting.workingGroupId)
        : undefined;
      const name = group?.name ?? t("timeline.title.jwgUnknown");
      return item.meeting.session === null
        ? t("timeline.title.jwg", { group: name })
        : t("timeline.title.jwgNumbered", {
            group: name,
            count: item.meeting.session,
            ordinal: true,
          });
    }
    case "visit":
      return item.meeting.venue === null
        ? t("timeline.title.visit")
        : t("timeline.title.visitTo", { venue: item.meeting.venue });
    case "document":
      return item.document.title;
    case "start":
      return t("timeline.title.start", { name: projectNameIn(item.project, lang) });
    case "completion":
      return t("timeline.title.completion", { name: projectNameIn(item.project, lang) });
  }
}

function recordOf(x: TimelineItem) {
  return x.kind === "document" ? x.document : "meeting" in x ? x.meeting : x.project;
}

/**
 * The timeline as the Timeline view draws it for the same filters, kinds and range: one lane per
 * kind shown, events of a kind on the same date as one mark with their number. Without a zoom the
 * axis runs over whole years, from the earliest event to the latest or today.
 */
export function buildTimelineFigure(
  dataset: Dataset,
  ctx: FigureContext,
  options: TimelineFigureOptions,
): TimelineFigure {
  const { t } = ctx;
  const lang = ctx.format.lang;
  const index = selectTimelineIndex(dataset);
  const available = timelineKinds(dataset);
  const kinds = TIMELINE_KINDS.filter((k) => options.kinds.includes(k) && available.includes(k));
  const hidden = TIMELINE_KINDS.filter((k) => !kinds.includes(k));
  const items = timelineItems(dataset, ctx.filters);
  const extent = timelineExtent(items, ctx.today);
  const range =
    options.range ??
    (extent ? wholeYears(extent) : wholeYears({ from: ctx.today, to: ctx.today + 1 }));
  const shown = visibleItems(items, hidden, range);
  const title = (x: TimelineItem) => timelineItemTitle(x, index, t, lang);

  const lanes = kinds.map((kind) => {
    const label = t(`timeline.kind.${kind}`);
    const byDate = new Map<string, TimelineItem[]>();
    for (const x of shown) {
      if (x.kind !== kind) continue;
      const list = byDate.get(x.extent.date);
      if (list) list.push(x);
      else byDate.set(x.extent.date, [x]);
    }
    const marks = [...byDate.values()].map((group): TimelineMark => {
      const { extent: e } = group[0]!;
      return {
        date: e.date,
        start: e.from,
        end: e.to,
        precision: e.precision,
        count: group.length,
        label:
          group.length > 1
            ? t("timeline.cluster", { count: group.length, kind: label })
            : title(group[0]!),
      };
    });
    const count = marks.reduce((n, m) => n + m.count, 0);
    return { key: kind, label, color: TIMELINE_KIND_COLORS[kind], count, marks };
  });

  const base = figureBase(dataset, ctx, {
    id: "timeline.chart",
    title: t("timeline.title.chart"),
    subtitle: t("timeline.subtitle"),
    legend: [
      { label: t("timeline.legend.day"), color: "foreground", shape: "circle" },
      { label: t("timeline.legend.partial"), color: "foreground", shape: "hatched" },
      { label: t("timeline.legend.today"), color: "foreground", shape: "dashed" },
    ],
    notes: [],
    summary: t("timeline.summary", {
      count: shown.length,
      from: formatPartialDate(monthOf(range.from), ctx.format),
      to: formatPartialDate(monthOf(range.to - 1), ctx.format),
      // Each language's own colon and separator: "联委会会议：12；…", never a Latin ": " in Chinese.
      list: lanes
        .map((l) =>
          t("figure.alt.countOf", { label: l.label, count: formatNumber(l.count, ctx.format) }),
        )
        .join(t("figure.alt.countSeparator")),
    }),
    table: {
      fields: [
        { key: "date", label: t("timeline.table.date"), unit: "date" },
        { key: "kind", label: t("timeline.table.kind"), unit: "text" },
        { key: "title", label: t("timeline.table.title"), unit: "text" },
      ],
      rows: shown
        .filter((x) => kinds.includes(x.kind))
        .map((x) => ({ date: x.extent.date, kind: t(`timeline.kind.${x.kind}`), title: title(x) })),
    },
    sources: collectSources(shown.map(recordOf)),
  });

  return {
    ...base,
    kind: "timeline",
    domain: { start: range.from, end: range.to },
    today: ctx.today,
    lanes,
  };
}
