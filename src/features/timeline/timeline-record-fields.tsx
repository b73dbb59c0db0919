import { meetingDate } from "@/shared/meeting-name";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CpecDocument, Meeting, Project } from "@/data/schema";
import type { TimelineItem } from "@/data/selectors/timeline";
import { resolveItem, type TimelineIndex } from "@/data/selectors/timeline-index";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useSelectedProject, type Language } from "@/shared/url-state";
import { useFormat, type Format } from "@/shared/use-format";
import { Field, LinkButton } from "./timeline-detail-field";
import { itemTitle } from "./timeline-labels";

interface Context {
  index: TimelineIndex;
  onSelect: (key: string) => void;
  t: TFunction;
  format: Format;
  lang: Language;
  date: (d: string) => string;
  projectLink: (id: string) => ReactNode;
}

/**
 * The fields particular to an item's kind: a meeting's group, venue, co-chairs, outcomes and
 * documents; a document's type, parties, occasion and projects; a project's dates and documents.
 * Related meetings and documents open in the timeline's details; projects in the project panel.
 */
export function TimelineRecordFields({
  item,
  index,
  onSelect,
}: {
  item: TimelineItem;
  index: TimelineIndex;
  onSelect: (key: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { lang } = format;
  const [, setProject] = useSelectedProject();
  const date = (d: string) => formatPartialDate(d, format);
  const projectLink = (id: string) => {
    const p = index.projects.get(id);
    return p ? (
      <LinkButton onClick={() => void setProject(id)}>
        <bdi lang={projectNameLang(p, lang)}>{projectName(p, lang)}</bdi>
      </LinkButton>
    ) : (
      <span>{id}</span>
    );
  };
  const context: Context = { index, onSelect, t, format, lang, date, projectLink };
  const fields =
    "meeting" in item
      ? meetingFields(item.meeting, context)
      : item.kind === "document"
        ? documentFields(item.document, context)
        : projectFields(item.project, context);
  return <>{fields}</>;
}

function meetingFields(m: Meeting, { index, onSelect, t, format, date }: Context): ReactNode[] {
  const fields: ReactNode[] = [];
  const group = m.workingGroupId ? index.workingGroups.get(m.workingGroupId) : undefined;
  const signed = index.documentsByMeeting.get(m.id) ?? [];
  if (group)
    fields.push(
      <Field key="group" label={t("timeline.details.workingGroup")}>
        <bdi>{group.name}</bdi>
      </Field>,
    );
  fields.push(
    <Field key="venue" label={t("timeline.details.venue")}>
      {m.mode === "video-link" ? (
        t("meeting.videoLink")
      ) : m.venue ? (
        <bdi>{m.venue}</bdi>
      ) : (
        t("meeting.venueUnknown")
      )}
    </Field>,
  );
  if (m.coChairs.length > 0)
    fields.push(
      <Field key="chairs" label={t("timeline.details.coChairs")}>
        <ul>
          {m.coChairs.map((c) => (
            <li key={c.name}>
              <bdi>
                {c.name}
                {c.role ? `, ${c.role}` : ""}
              </bdi>{" "}
              ({t(`timeline.country.${c.country}`)})
            </li>
          ))}
        </ul>
      </Field>,
    );
  if (m.outcomes.length > 0)
    fields.push(
      <Field key="outcomes" label={t("timeline.details.outcomes")}>
        <ul className="list-disc space-y-1 ps-4">
          {m.outcomes.map((o) => (
            <li key={o}>
              <bdi>{o}</bdi>
            </li>
          ))}
        </ul>
      </Field>,
    );
  if (m.documentsSigned !== null || signed.length > 0)
    fields.push(
      <Field key="signed" label={t("timeline.details.documentsSigned")}>
        {m.documentsSigned !== null && (
          <p>
            {t("timeline.details.documentsReported", {
              count: m.documentsSigned,
              n: formatNumber(m.documentsSigned, format),
            })}
          </p>
        )}
        <ul className="space-y-1">
          {signed.map((d) => (
            <li key={d.id}>
              <LinkButton onClick={() => onSelect(`document:${d.id}`)}>
                <bdi>{d.title}</bdi>
              </LinkButton>
              <span className="text-muted-foreground"> · {date(d.date)}</span>
            </li>
          ))}
        </ul>
      </Field>,
    );
  const established = m.workingGroupsEstablished.map(
    (id) => index.workingGroups.get(id)?.name ?? id,
  );
  if (established.length > 0)
    fields.push(
      <Field key="established" label={t("timeline.details.groupsEstablished")}>
        {established.map((name, i) => (
          <span key={name}>
            {i > 0 && "; "}
            <bdi>{name}</bdi>
          </span>
        ))}
      </Field>,
    );
  return fields;
}

function documentFields(
  d: CpecDocument,
  { index, onSelect, t, format, lang, projectLink }: Context,
): ReactNode[] {
  const fields: ReactNode[] = [];
  const meeting = d.meetingId ? index.meetings.get(d.meetingId) : undefined;
  fields.push(
    <Field key="type" label={t("timeline.details.type")}>
      {t(`documentType.${d.type}`)}
      {d.count > 1 ? ` · ${t("document.instruments", { count: d.count })}` : ""}
    </Field>,
  );
  if (d.parties.length > 0)
    fields.push(
      <Field key="parties" label={t("timeline.details.parties")}>
        <ul>
          {d.parties.map((p) => (
            <li key={p.name}>
              <bdi>{p.name}</bdi> ({t(`timeline.country.${p.country}`)})
            </li>
          ))}
        </ul>
      </Field>,
    );
  if (meeting) {
    const key = `meeting:${meeting.id}`;
    const related = resolveItem(key, index);
    fields.push(
      <Field key="meeting" label={t("timeline.details.signedAt")}>
        <LinkButton onClick={() => onSelect(key)}>
          <bdi>{related ? itemTitle(related, index, t, lang) : meeting.id}</bdi>
        </LinkButton>
        <span className="text-muted-foreground"> · {meetingDate(t, meeting, format)}</span>
      </Field>,
    );
  } else if (d.occasion)
    fields.push(
      <Field key="occasion" label={t("timeline.details.signedAt")}>
        <bdi>{d.occasion}</bdi>
      </Field>,
    );
  if (d.projectIds.length > 0)
    fields.push(
      <Field key="projects" label={t("timeline.details.projects")}>
        <ul className="space-y-1">
          {d.projectIds.map((id) => (
            <li key={id}>{projectLink(id)}</li>
          ))}
        </ul>
      </Field>,
    );
  return fields;
}

function projectFields(
  p: Project,
  { index, onSelect, t, date, projectLink }: Context,
): ReactNode[] {
  const fields: ReactNode[] = [];
  const documents = index.documentsByProject.get(p.id) ?? [];
  fields.push(
    <Field key="project" label={t("timeline.details.project")}>
      {projectLink(p.id)}
      <p className="text-muted-foreground">
        {t(`sector.${p.sector}`)} · {t(`status.${p.status}`)}
      </p>
    </Field>,
    <Field key="dates" label={t("timeline.details.dates")}>
      <ul>
        {(["start", "plannedCompletion", "completion"] as const).map((k) => (
          <li key={k}>
            {t(`timeline.details.${k}`)}:{" "}
            {p.dates[k] ? date(p.dates[k]) : t("timeline.details.notReported")}
          </li>
        ))}
      </ul>
    </Field>,
  );
  if (documents.length > 0)
    fields.push(
      <Field key="documents" label={t("timeline.details.relatedDocuments")}>
        <ul className="space-y-1">
          {documents.map((d) => (
            <li key={d.id}>
              <LinkButton onClick={() => onSelect(`document:${d.id}`)}>
                <bdi>{d.title}</bdi>
              </LinkButton>
            </li>
          ))}
        </ul>
      </Field>,
    );
  return fields;
}
