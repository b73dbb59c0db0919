import { type ReactNode, type Ref, useEffect, useId, useRef } from "react";
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
  const heading = useRef<HTMLHeadingElement>(null);
  const title = itemTitle(item, index, t, lang);
  const date = (d: string) => formatPartialDate(d, format);

  useEffect(() => {
    if (focusKey > 0) heading.current?.focus();
  }, [focusKey]);

  const record =
    item.kind === "document" ? item.document : "meeting" in item ? item.meeting : item.project;

  return (
    <DetailsPanel
      kicker={t(`timeline.kind.${item.kind}`)}
      // A document's title is data (English); an item's own title is isolated alike.
      heading={<bdi>{title}</bdi>}
      headingRef={heading}
      onClose={onClose}
    >
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
    </DetailsPanel>
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
  const first = items[0]!;
  const kind = t(`timeline.kind.${first.kind}`);
  return (
    <DetailsPanel
      kicker={formatPartialDate(first.extent.date, format)}
      heading={t("timeline.cluster", { count: items.length, kind })}
      onClose={onClose}
    >
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
    </DetailsPanel>
  );
}

/**
 * The panel both details share: what it shows in small type (`kicker`), its heading (focusable
 * when `headingRef` is given, so focus can move to it) and a close button, then `children`.
 */
function DetailsPanel({
  kicker,
  heading,
  headingRef,
  onClose,
  children,
}: {
  kicker: string;
  heading: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-border bg-card p-4 text-sm shadow-sm"
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-medium text-muted-foreground">{kicker}</p>
          <h2
            ref={headingRef}
            id={headingId}
            tabIndex={headingRef ? -1 : undefined}
            className="text-base font-semibold text-balance"
          >
            {heading}
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
      {children}
    </section>
  );
}
