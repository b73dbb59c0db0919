import type { ReactNode, Ref } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Confidence, Source } from "@/data/schema";
import { SourceLinks } from "./source-links";

/**
 * The details card of a record chosen in a list (a meeting, a document). Its words come from
 * the `messages` block of the view's catalogue: `label` (the region's name), `close`,
 * `confidence`, `notes` and `sources`. In order: the heading (focused when the record is chosen,
 * so `headingRef`) and a close button; the `fields` then the confidence, as a description list;
 * the record's sections (`children`); its notes where it has any; its sources.
 */
export function RecordDetail({
  messages,
  heading,
  onClose,
  headingRef,
  fields,
  confidence,
  notes,
  sources,
  children,
}: {
  messages: "meetings.detail" | "documents.detail";
  heading: ReactNode;
  onClose: () => void;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  /** `RecordField`s, shown before the confidence. */
  fields: ReactNode;
  confidence: Confidence;
  notes: string | null;
  sources: readonly Source[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card role="region" aria-label={t(`${messages}.label`)} className="p-4">
      <div className="flex items-start justify-between gap-2">
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          {heading}
        </h2>
        <Button size="sm" onClick={onClose}>
          {t(`${messages}.close`)}
        </Button>
      </div>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm">
        {fields}
        <RecordField label={t(`${messages}.confidence`)}>
          {t(`confidence.${confidence}`)}
        </RecordField>
      </dl>
      {children}
      {notes && (
        <RecordSection title={t(`${messages}.notes`)}>
          <p dir="auto" className="mt-1 text-sm">
            {notes}
          </p>
        </RecordSection>
      )}
      <RecordSection title={t(`${messages}.sources`)}>
        <SourceLinks sources={sources} />
      </RecordSection>
    </Card>
  );
}

/** One field of the record: its name, then its value. */
export function RecordField({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}

/**
 * A titled section of the record. Given `empty`, a section with nothing to list (`isEmpty`)
 * says so in that muted line instead of showing `children`.
 */
export function RecordSection({
  title,
  empty,
  isEmpty = false,
  children,
}: {
  title: string;
  empty?: string;
  isEmpty?: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      <h3 className="mt-4 text-sm font-semibold">{title}</h3>
      {isEmpty ? <p className="mt-1 text-sm text-muted-foreground">{empty}</p> : children}
    </>
  );
}
