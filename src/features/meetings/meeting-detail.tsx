import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { SourceLinks } from "@/shared/source-links";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { MeetingDetail as Detail } from "@/data/selectors/meetings";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useSelectedProject } from "@/shared/url-state";
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
  const { lang } = format;
  const [, setProject] = useSelectedProject();
  const { meeting: m, workingGroup, documents } = detail;
  const number = (v: number) => formatNumber(v, format);
  const name = meetingName(t, m, workingGroup?.name ?? null);

  return (
    <Card role="region" aria-label={t("meetings.detail.label")} className="p-4">
      <div className="flex items-start justify-between gap-2">
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          {name}
        </h2>
        <Button size="sm" onClick={onClose}>
          {t("meetings.detail.close")}
        </Button>
      </div>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-muted-foreground">{t("meetings.detail.date")}</dt>
        <dd>{meetingDate(t, m, format)}</dd>
        <dt className="text-muted-foreground">{t("meetings.detail.venue")}</dt>
        <dd>
          <bdi>{meetingVenue(t, m)}</bdi>
        </dd>
        {workingGroup && (
          <>
            <dt className="text-muted-foreground">{t("meetings.detail.group")}</dt>
            <dd>
              <bdi>{workingGroup.name}</bdi>
            </dd>
          </>
        )}
        {m.coChairs.length > 0 && (
          <>
            <dt className="text-muted-foreground">{t("meetings.detail.coChairs")}</dt>
            <dd>
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
            </dd>
          </>
        )}
        {m.attendance && (
          <>
            <dt className="text-muted-foreground">{t("meetings.detail.attendance")}</dt>
            <dd>
              <bdi>{m.attendance}</bdi>
            </dd>
          </>
        )}
        <dt className="text-muted-foreground">{t("meetings.detail.documentsSigned")}</dt>
        <dd>
          {m.documentsSigned === null
            ? t("meetings.detail.documentsNotReported")
            : t("meetings.detail.documentsReported", { count: m.documentsSigned })}
          {" · "}
          {t("meetings.detail.documentsItemised", {
            records: number(documents.length),
            instruments: number(detail.itemisedInstruments),
          })}
        </dd>
        <dt className="text-muted-foreground">{t("meetings.detail.confidence")}</dt>
        <dd>{t(`confidence.${m.confidence}`)}</dd>
      </dl>

      <h3 className="mt-4 text-sm font-semibold">{t("meetings.detail.outcomes")}</h3>
      {m.outcomes.length > 0 ? (
        <ul className="mt-1 list-disc space-y-1 ps-5 text-sm">
          {m.outcomes.map((o) => (
            <li key={o}>
              <bdi>{o}</bdi>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-muted-foreground">{t("meetings.detail.noOutcomes")}</p>
      )}

      <h3 className="mt-4 text-sm font-semibold">{t("meetings.detail.documents")}</h3>
      {documents.length > 0 ? (
        <ul className="mt-1 divide-y divide-border text-sm">
          {documents.map(({ document: d, projects }) => (
            <li key={d.id} className="py-2">
              <p className="font-medium">
                <bdi>{d.title}</bdi>
              </p>
              <p className="text-muted-foreground">
                {formatPartialDate(d.date, format)} · {t(`documentType.${d.type}`)}
                {d.count > 1 ? ` · ${t("document.instruments", { count: d.count })}` : ""}
              </p>
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
                  <ul className="mt-1 flex flex-wrap gap-1.5">
                    {projects.map((p) => (
                      <li key={p.id}>
                        <Button
                          size="sm"
                          className="h-auto min-h-8 py-1 text-start whitespace-normal"
                          onClick={() => void setProject(p.id)}
                        >
                          <bdi lang={projectNameLang(p, lang)}>{projectName(p, lang)}</bdi>{" "}
                          <span className="sr-only">{t("meetings.detail.openProject")}</span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-muted-foreground">{t("meetings.detail.noDocuments")}</p>
      )}

      {detail.workingGroupsEstablished.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold">{t("meetings.detail.groupsEstablished")}</h3>
          <ul className="mt-1 list-disc ps-5 text-sm">
            {detail.workingGroupsEstablished.map((g) => (
              <li key={g.id}>
                <bdi>{g.name}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}

      {m.notes && (
        <>
          <h3 className="mt-4 text-sm font-semibold">{t("meetings.detail.notes")}</h3>
          <p dir="auto" className="mt-1 text-sm">
            {m.notes}
          </p>
        </>
      )}

      <h3 className="mt-4 text-sm font-semibold">{t("meetings.detail.sources")}</h3>
      <SourceLinks sources={m.sources} />
    </Card>
  );
}
