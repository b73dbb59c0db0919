import type { TFunction } from "i18next";
import type { TimelineItem, TimelineKind } from "@/data/selectors/timeline";
import type { TimelineIndex } from "@/data/selectors/timeline-index";
import { TIMELINE_KIND_COLORS, timelineItemTitle } from "@/lib/figure/build/timeline";
import type { Language } from "@/shared/url-state";

/** Colour of each lane, from the figure's tokens; the lane's label carries the meaning too. */
export const KIND_COLORS = Object.fromEntries(
  Object.entries(TIMELINE_KIND_COLORS).map(([kind, token]) => [kind, `var(--${token})`]),
) as Record<TimelineKind, string>;

/** What an item is called in the chart, the table and the details panel (as in the figure). */
export function itemTitle(
  item: TimelineItem,
  index: TimelineIndex,
  t: TFunction,
  language: Language = "en",
): string {
  return timelineItemTitle(item, index, t, language);
}
