import type { Filters } from "@/data/filters";
import { memo, useCallback } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useDataset } from "@/data/queries";
import type { Dataset, Meeting } from "@/data/schema";
import {
  meetingDetail,
  selectMeetingsView,
  selectWorkingGroupNames,
} from "@/data/selectors/meetings";
import { formatPartialDate, formatYear } from "@/lib/format";
import { DeferredFilters } from "@/shared/updating";
import { MeetingDetail } from "./meeting-detail";
import { meetingDate, meetingName } from "@/shared/meeting-name";
import { MeetingsPerYearChart } from "./meetings-chart";
import { useOpenDocument, useSelectedMeeting } from "./meetings-url";
import { ListDetailLayout } from "@/shared/list-detail-layout";
import { useListDetailFocus } from "@/shared/use-list-detail-focus";
import { useFormat } from "@/shared/use-format";
import { JccTable } from "./jcc-table";
import { WorkingGroupsCard } from "./working-groups-card";

const selectMeta = (d: Dataset) => d.metadata;

export function MeetingsView() {
  return <DeferredFilters content={MeetingsContent} />;
}

const MeetingsContent = memo(function MeetingsContent({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [selected, setSelected] = useSelectedMeeting();
  const openDocument = useOpenDocument();
  const meta = useDataset(selectMeta);
  const groupNames = useDataset(selectWorkingGroupNames);
  const data = useDataset((d) => selectMeetingsView(d, filters));
  const detail = useDataset(useCallback((d: Dataset) => meetingDetail(d, selected), [selected]));
  const asOf = formatPartialDate(meta.dataAsOf, format);
  const source = t("meetings.source", { version: meta.version, count: data.sources });
  const nameOf = (m: Meeting) =>
    meetingName(t, m, m.workingGroupId ? (groupNames.get(m.workingGroupId) ?? null) : null);

  const { headingRef, choose, close } = useListDetailFocus({
    selected,
    setSelected,
    shown: detail,
    idPrefix: "meeting",
  });

  const meetingButton = (m: Meeting, label = nameOf(m), nowrap = false) => (
    <Button
      id={`meeting-${m.id}`}
      size="sm"
      variant="ghost"
      aria-pressed={selected === m.id}
      className={`h-auto min-h-8 px-1.5 py-1 text-start text-sm text-primary underline ${nowrap ? "whitespace-nowrap" : "whitespace-normal"}`}
      onClick={() => choose(m.id)}
    >
      {label}
    </Button>
  );

  const scope =
    filters.from !== null || filters.to !== null
      ? t("meetings.scope.range", {
          from: filters.from !== null ? formatYear(filters.from, format) : "…",
          to: filters.to !== null ? formatYear(filters.to, format) : "…",
        })
      : t("meetings.scope.all");

  const footer = (
    <p className="mt-2 border-t border-border pt-2 text-xs text-muted-foreground">
      {t("chart.source", { source })} · {t("chart.asOf", { date: asOf })}
    </p>
  );

  return (
    <ListDetailLayout
      intro={scope}
      hint={t("meetings.detail.choose")}
      detail={
        detail && (
          <MeetingDetail
            detail={detail}
            onClose={close}
            onOpenDocument={openDocument}
            headingRef={headingRef}
          />
        )
      }
    >
      <JccTable
        data={data}
        selected={selected}
        nameOf={nameOf}
        meetingButton={meetingButton}
        footer={footer}
      />

      {data.perYear.length > 0 && <MeetingsPerYearChart filters={filters} />}

      <WorkingGroupsCard
        data={data}
        nameOf={nameOf}
        meetingButton={meetingButton}
        footer={footer}
      />

      {data.visits.length > 0 && (
        <Card className="p-4">
          <h2 className="text-base font-semibold">{t("meetings.visits.title")}</h2>
          <p className="mt-0.5 text-sm text-muted-foreground">{t("meetings.visits.subtitle")}</p>
          <ul className="mt-2 divide-y divide-border text-sm">
            {data.visits.map((m) => (
              <li key={m.id} className="py-2">
                <p>
                  {meetingButton(m)}
                  <span className="text-muted-foreground">
                    {" "}
                    · {meetingDate(t, m, format)}
                    {m.documentsSigned !== null &&
                      ` · ${t("meetings.visits.documents", { count: m.documentsSigned })}`}
                  </span>
                </p>
                {m.outcomes[0] && (
                  <p dir="auto" className="ps-1.5 text-muted-foreground">
                    {m.outcomes[0]}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </ListDetailLayout>
  );
});
