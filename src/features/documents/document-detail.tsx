import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { DocumentDetail as Detail } from "@/data/selectors/documents";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { ProjectButtons } from "@/shared/project-buttons";
import { RecordDetail, RecordField, RecordSection } from "@/shared/record-detail";
import { meetingName, meetingDate } from "@/shared/meeting-name";
import { useFormat } from "@/shared/use-format";

/** Where a document was signed, by whom, the projects it concerns and its sources. */
export function DocumentDetail({
  detail,
  onClose,
  onOpenMeeting,
  onOpenDocument,
  headingRef,
}: {
  detail: Detail;
  onClose: () => void;
  onOpenMeeting: (id: string) => void;
  onOpenDocument: (id: string) => void;
  /** The heading, focused when a document is chosen. */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { document: d, meeting, workingGroup, projects, package: pkg } = detail;

  return (
    <RecordDetail
      messages="documents.detail"
      heading={<bdi>{d.title}</bdi>}
      onClose={onClose}
      headingRef={headingRef}
      confidence={d.confidence}
      notes={d.notes}
      sources={d.sources}
      fields={
        <>
          <RecordField label={t("documents.detail.date")}>
            {formatPartialDate(d.date, format)}
          </RecordField>
          <RecordField label={t("documents.detail.type")}>
            {t(`documentType.${d.type}`)}
          </RecordField>
          <RecordField label={t("documents.detail.instruments")} className="tabular-nums">
            {formatNumber(d.count, format)}
          </RecordField>
          {pkg && (
            <RecordField label={t("documents.detail.package")}>
              <Button
                size="sm"
                variant="ghost"
                className="h-auto min-h-8 px-1.5 py-1 text-start text-sm whitespace-normal text-primary underline"
                onClick={() => onOpenDocument(pkg.id)}
              >
                <bdi>{pkg.title}</bdi>
              </Button>
              <span className="block text-xs text-muted-foreground">
                {t("documents.detail.packageNote")}
              </span>
            </RecordField>
          )}
          <RecordField label={t("documents.detail.signedAt")}>
            {meeting ? (
              <>
                {t("documents.detail.meetingOn", {
                  meeting: meetingName(t, meeting, workingGroup?.name ?? null),
                  date: meetingDate(t, meeting, format),
                })}
                <Button
                  size="sm"
                  variant="ghost"
                  className="ms-1 text-primary underline"
                  onClick={() => onOpenMeeting(meeting.id)}
                >
                  {t("documents.detail.openMeeting")}
                </Button>
              </>
            ) : d.occasion ? (
              <bdi>{d.occasion}</bdi>
            ) : (
              t("documents.detail.notReported")
            )}
          </RecordField>
        </>
      }
    >
      <RecordSection
        title={t("documents.detail.parties")}
        empty={t("documents.detail.noParties")}
        isEmpty={d.parties.length === 0}
      >
        <ul className="mt-1 list-disc space-y-0.5 ps-5 text-sm">
          {d.parties.map((p) => (
            <li key={p.name}>
              <bdi>{p.name}</bdi>
              <span className="text-muted-foreground">
                {" "}
                · {t(`documents.detail.partyKind.${p.kind}`)},{" "}
                {t(`documents.detail.country.${p.country}`)}
              </span>
            </li>
          ))}
        </ul>
      </RecordSection>

      <RecordSection
        title={t("documents.detail.projects")}
        empty={t("documents.detail.noProjects")}
        isEmpty={projects.length === 0}
      >
        <ProjectButtons projects={projects} openLabel={t("documents.detail.openProject")} />
      </RecordSection>
    </RecordDetail>
  );
}
