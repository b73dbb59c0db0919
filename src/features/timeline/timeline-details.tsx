import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { type TimelineItem } from "@/data/selectors/timeline";
import { type TimelineIndex } from "@/data/selectors/timeline-index";
import { formatPartialDate } from "@/lib/format";
import { Field, LinkButton } from "./timeline-detail-field";
import { itemTitle } from "./timeline-labels";
import { TimelineRecordFields } from "./timeline-record-fields";
import { SourceLinks } from "@/shared/source-links";
import { useFormat } from "@/shared/use-format";

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
  const format = useFormat();
  const { lang } = format;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = itemTitle(item, index, t, lang);
  const date = (d: string) => formatPartialDate(d, format);

  useEffect(() => {
    if (focusKey > 0) heading.current?.focus();
  }, [focusKey]);

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
        <TimelineRecordFields item={item} index={index} onSelect={onSelect} />
        <Field label={t("timeline.details.confidence")}>
          {t(`confidence.${record.confidence}`)}
        </Field>
        {record.notes && (
          <Field label={t("timeline.details.notes")}>
            <p dir="auto">{record.notes}</p>
          </Field>
        )}
        <Field label={t("timeline.details.sources")}>
          <SourceLinks sources={record.sources} className="mt-0" />
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
  const format = useFormat();
  const { lang } = format;
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
            {formatPartialDate(first.extent.date, format)}
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
