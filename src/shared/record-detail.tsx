import type { ReactNode, Ref } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/**
 * The details card of a record chosen in a list (a meeting, a document): a region named `label`,
 * its heading (focused when the record is chosen, so `headingRef`), a close button, then the
 * record's fields and sections as `children`.
 */
export function RecordDetail({
  label,
  heading,
  closeLabel,
  onClose,
  headingRef,
  children,
}: {
  label: string;
  heading: ReactNode;
  closeLabel: string;
  onClose: () => void;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  children: ReactNode;
}) {
  return (
    <Card role="region" aria-label={label} className="p-4">
      <div className="flex items-start justify-between gap-2">
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          {heading}
        </h2>
        <Button size="sm" onClick={onClose}>
          {closeLabel}
        </Button>
      </div>
      {children}
    </Card>
  );
}

/** The record's fields as a two-column description list; `children` are `RecordField`s. */
export function RecordFields({ children }: { children: ReactNode }) {
  return (
    <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm">{children}</dl>
  );
}

/** One field: its name, then its value. */
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

/** The record's free-text notes under their title, or nothing where it has none. */
export function RecordNotes({ title, notes }: { title: string; notes: string | null | undefined }) {
  if (!notes) return null;
  return (
    <RecordSection title={title}>
      <p dir="auto" className="mt-1 text-sm">
        {notes}
      </p>
    </RecordSection>
  );
}
