import { meetingDate } from "@/shared/meeting-name";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { Source } from "@/data/schema";
import { resolveItem, type TimelineIndex, type TimelineItem } from "@/data/selectors/timeline";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useLanguage, useSelectedProject } from "@/shared/url-state";
import { itemTitle } from "./timeline-labels";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-1.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

function LinkButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="text-start text-[var(--ring)] underline underline-offset-2"
    >
      {children}
    </button>
  );
}

/**
 * What the chosen item is: its date (at the precision the sources give), kind, outcomes, parties,
 * related meetings, documents and projects, and its sources as links. Related meetings and
 * documents open here; projects open the app's project panel.
 */
export function TimelineDetails({
  item,
  index,
  onSelect,
  onClose,
  focusKey,
}: {
  item: TimelineItem;
  index: TimelineIndex;
  onSelect: (key: string) => void;
  onClose: () => void;
  /** Changes when the details were opened from inside the panel: focus then moves to the heading. */
  focusKey: number;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [, setProject] = useSelectedProject();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = itemTitle(item, index, t, lang);
  const date = (d: string) => formatPartialDate(d, lang);

  useEffect(() => {
    if (focusKey > 0) heading.current?.focus();
  }, [focusKey]);

  const openProject = (id: string) => void setProject(id);
  const projectLink = (id: string) => {
    const p = index.projects.get(id);
    return p ? (
      <LinkButton onClick={() => openProject(id)}>
        <bdi lang={projectNameLang(p, lang)}>{projectName(p, lang)}</bdi>
      </LinkButton>
    ) : (
      <span>{id}</span>
    );
  };

  const fields: ReactNode[] = [];
  const sources: readonly Source[] =
    item.kind === "document"
      ? item.document.sources
      : "meeting" in item
        ? item.meeting.sources
        : item.project.sources;

  if ("meeting" in item) {
    const m = item.meeting;
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
                n: formatNumber(m.documentsSigned, lang),
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
  } else if (item.kind === "document") {
    const d = item.document;
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
          <span className="text-muted-foreground"> · {meetingDate(t, meeting, lang)}</span>
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
  } else {
    const p = item.project;
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
  }

  const record =
    item.kind === "document" ? item.document : "meeting" in item ? item.meeting : item.project;

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-border bg-card p-4 text-sm shadow-sm"
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-medium text-muted-foreground">
            {t(`timeline.kind.${item.kind}`)}
          </p>
          <h2
            ref={heading}
            id={headingId}
            tabIndex={-1}
            className="text-base font-semibold text-balance"
          >
            {/* A document's title is data (English); an item's own title is isolated alike. */}
            <bdi>{title}</bdi>
          </h2>
        </div>
        <Button
          size="sm"
          variant="ghost"
          onClick={onClose}
          aria-label={t("timeline.details.close")}
        >
          <span aria-hidden="true">×</span>
        </Button>
      </div>
      <dl className="mt-2 divide-y divide-border">
        <Field label={t("timeline.details.date")}>
          {date(item.extent.date)}
          {item.extent.precision !== "day" && (
            <span className="text-muted-foreground">
              {" "}
              · {t(`timeline.precision.${item.extent.precision}`)}
            </span>
          )}
        </Field>
        {fields}
        <Field label={t("timeline.details.confidence")}>
          {t(`confidence.${record.confidence}`)}
        </Field>
        {record.notes && (
          <Field label={t("timeline.details.notes")}>
            <p dir="auto">{record.notes}</p>
          </Field>
        )}
        <Field label={t("timeline.details.sources")}>
          <ul className="space-y-1.5">
            {sources.map((s) => (
              <li key={`${s.url}|${s.title}`}>
                <a
                  href={s.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-[var(--ring)] underline underline-offset-2"
                >
                  <bdi>{s.title}</bdi>
                </a>
                <span className="text-muted-foreground">
                  {" "}
                  · <bdi>{s.publisher}</bdi>
                  {s.date ? `, ${date(s.date)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </Field>
      </dl>
    </section>
  );
}

/** Several items of one kind on one date: the list, each opening its own details. */
export function TimelineClusterDetails({
  items,
  index,
  onSelect,
  onClose,
}: {
  items: readonly TimelineItem[];
  index: TimelineIndex;
  onSelect: (key: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const headingId = useId();
  const first = items[0]!;
  const kind = t(`timeline.kind.${first.kind}`);
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-border bg-card p-4 text-sm shadow-sm"
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-medium text-muted-foreground">
            {formatPartialDate(first.extent.date, lang)}
          </p>
          <h2 id={headingId} className="text-base font-semibold text-balance">
            {t("timeline.cluster", { count: items.length, kind })}
          </h2>
        </div>
        <Button
          size="sm"
          variant="ghost"
          onClick={onClose}
          aria-label={t("timeline.details.close")}
        >
          <span aria-hidden="true">×</span>
        </Button>
      </div>
      <p className="mt-1 text-muted-foreground">{t("timeline.clusterHint")}</p>
      <ul className="mt-2 space-y-1.5">
        {items.map((x) => (
          <li key={x.key}>
            <LinkButton onClick={() => onSelect(x.key)}>
              <bdi>{itemTitle(x, index, t, lang)}</bdi>
            </LinkButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
