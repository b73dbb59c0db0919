import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { SourceLinks } from "@/shared/source-links";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { DocumentDetail as Detail } from "@/data/selectors/documents";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useSelectedProject } from "@/shared/url-state";
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
  const { lang } = format;
  const [, setProject] = useSelectedProject();
  const { document: d, meeting, workingGroup, projects, package: pkg } = detail;

  return (
    <Card role="region" aria-label={t("documents.detail.label")} className="p-4">
      <div className="flex items-start justify-between gap-2">
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          <bdi>{d.title}</bdi>
        </h2>
        <Button size="sm" onClick={onClose}>
          {t("documents.detail.close")}
        </Button>
      </div>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-muted-foreground">{t("documents.detail.date")}</dt>
        <dd>{formatPartialDate(d.date, format)}</dd>
        <dt className="text-muted-foreground">{t("documents.detail.type")}</dt>
        <dd>{t(`documentType.${d.type}`)}</dd>
        <dt className="text-muted-foreground">{t("documents.detail.instruments")}</dt>
        <dd className="tabular-nums">{formatNumber(d.count, format)}</dd>
        {pkg && (
          <>
            <dt className="text-muted-foreground">{t("documents.detail.package")}</dt>
            <dd>
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
            </dd>
          </>
        )}
        <dt className="text-muted-foreground">{t("documents.detail.signedAt")}</dt>
        <dd>
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
        </dd>
        <dt className="text-muted-foreground">{t("documents.detail.confidence")}</dt>
        <dd>{t(`confidence.${d.confidence}`)}</dd>
      </dl>

      <h3 className="mt-4 text-sm font-semibold">{t("documents.detail.parties")}</h3>
      {d.parties.length > 0 ? (
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
      ) : (
        <p className="mt-1 text-sm text-muted-foreground">{t("documents.detail.noParties")}</p>
      )}

      <h3 className="mt-4 text-sm font-semibold">{t("documents.detail.projects")}</h3>
      {projects.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-1.5">
          {projects.map((p) => (
            <li key={p.id}>
              <Button
                size="sm"
                className="h-auto min-h-8 py-1 text-start whitespace-normal"
                onClick={() => void setProject(p.id)}
              >
                <bdi lang={projectNameLang(p, lang)}>{projectName(p, lang)}</bdi>{" "}
                <span className="sr-only">{t("documents.detail.openProject")}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-muted-foreground">{t("documents.detail.noProjects")}</p>
      )}

      {d.notes && (
        <>
          <h3 className="mt-4 text-sm font-semibold">{t("documents.detail.notes")}</h3>
          <p dir="auto" className="mt-1 text-sm">
            {d.notes}
          </p>
        </>
      )}

      <h3 className="mt-4 text-sm font-semibold">{t("documents.detail.sources")}</h3>
      <SourceLinks sources={d.sources} />
    </Card>
  );
}
