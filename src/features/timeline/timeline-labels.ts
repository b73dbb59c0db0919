import type { TFunction } from "i18next";
import type { TimelineItem, TimelineKind } from "@/data/selectors/timeline";
import type { TimelineIndex } from "@/data/selectors/timeline-index";
import { projectName } from "@/shared/project-name";
import type { Language } from "@/shared/url-state";

/** Colour token of each lane; the lane's label carries the meaning too. */
export const KIND_COLORS: Record<TimelineKind, string> = {
  jcc: "var(--chart-1)",
  jwg: "var(--chart-4)",
  visit: "var(--chart-6)",
  document: "var(--chart-2)",
  start: "var(--chart-8)",
  completion: "var(--chart-3)",
};

/** What an item is called in the chart, the table and the details panel. */
export function itemTitle(
  item: TimelineItem,
  index: TimelineIndex,
  t: TFunction,
  language: Language = "en",
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
      return t("timeline.title.start", { name: projectName(item.project, language) });
    case "completion":
      return t("timeline.title.completion", { name: projectName(item.project, language) });
  }
}
