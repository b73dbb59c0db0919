import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { MeetingDetail as Detail } from "@/data/selectors/meetings";
import { formatNumber } from "@/lib/format";
import { DocumentSummary } from "@/shared/document-summary";
import { ProjectButtons } from "@/shared/project-buttons";
import { RecordDetail, RecordField, RecordSection } from "@/shared/record-detail";
import { meetingName, meetingVenue, meetingDate } from "@/shared/meeting-name";
import { useFormat } from "@/shared/use-format";

/** What one meeting decided and signed, with links to the projects concerned and its sources. */
export function MeetingDetail({
  detail,
  onClose,
  onOpenDocument,
  headingRef,
}: {
  detail: Detail;
  onClose: () => void;
  onOpenDocument: (id: string) => void;
  /** The heading, focused when a meeting is chosen. */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { meeting: m, workingGroup, documents } = detail;
  const number = (v: number) => formatNumber(v, format);

  return (
    <RecordDetail
      messages="meetings.detail"
      heading={meetingName(t, m, workingGroup?.name ?? null)}
      onClose={onClose}
      headingRef={headingRef}
      confidence={m.confidence}
      notes={m.notes}
      sources={m.sources}
      fields={
        <>
          <RecordField label={t("meetings.detail.date")}>{meetingDate(t, m, format)}</RecordField>
          <RecordField label={t("meetings.detail.venue")}>
            <bdi>{meetingVenue(t, m)}</bdi>
          </RecordField>
          {workingGroup && (
            <RecordField label={t("meetings.detail.group")}>
              <bdi>{workingGroup.name}</bdi>
            </RecordField>
          )}
          {m.coChairs.length > 0 && (
            <RecordField label={t("meetings.detail.coChairs")}>
              <ul>
                {m.coChairs.map((c) => (
                  <li key={`${c.country}-${c.name}`}>
                    <bdi>{c.name}</bdi>
                    {c.role && (
                      <span className="text-muted-foreground">
                        {" · "}
                        <bdi>{c.role}</bdi>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </RecordField>
          )}
          {m.attendance && (
            <RecordField label={t("meetings.detail.attendance")}>
              <bdi>{m.attendance}</bdi>
            </RecordField>
          )}
          <RecordField label={t("meetings.detail.documentsSigned")}>
            {m.documentsSigned === null
              ? t("meetings.detail.documentsNotReported")
              : t("meetings.detail.documentsReported", { count: m.documentsSigned })}
            {" · "}
            {t("meetings.detail.documentsItemised", {
              records: number(documents.length),
              instruments: number(detail.itemisedInstruments),
            })}
          </RecordField>
        </>
      }
    >
      <RecordSection
        title={t("meetings.detail.outcomes")}
        empty={t("meetings.detail.noOutcomes")}
        isEmpty={m.outcomes.length === 0}
      >
        <ul className="mt-1 list-disc space-y-1 ps-5 text-sm">
          {m.outcomes.map((o) => (
            <li key={o}>
              <bdi>{o}</bdi>
            </li>
          ))}
        </ul>
      </RecordSection>

      <RecordSection
        title={t("meetings.detail.documents")}
        empty={t("meetings.detail.noDocuments")}
        isEmpty={documents.length === 0}
      >
        <ul className="mt-1 divide-y divide-border text-sm">
          {documents.map(({ document: d, projects }) => (
            <li key={d.id} className="py-2">
              <DocumentSummary document={d} />
              <div className="mt-1 flex flex-wrap items-center gap-1.5">
                <Button
                  size="sm"
                  variant="ghost"
                  className="underline"
                  onClick={() => onOpenDocument(d.id)}
                >
                  {t("meetings.detail.openDocument")}
                  <span className="sr-only">: {d.title}</span>
                </Button>
              </div>
              {projects.length > 0 && (
                <div className="mt-1">
                  <p className="text-xs text-muted-foreground">{t("meetings.detail.projects")}</p>
                  <ProjectButtons
                    projects={projects}
                    openLabel={t("meetings.detail.openProject")}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      </RecordSection>

      {detail.workingGroupsEstablished.length > 0 && (
        <RecordSection title={t("meetings.detail.groupsEstablished")}>
          <ul className="mt-1 list-disc ps-5 text-sm">
            {detail.workingGroupsEstablished.map((g) => (
              <li key={g.id}>
                <bdi>{g.name}</bdi>
              </li>
            ))}
          </ul>
        </RecordSection>
      )}
    </RecordDetail>
  );
}
