import type { ReactNode } from "react";
import type { Meeting } from "@/data/schema";
import type { selectMeetingsView } from "@/data/selectors/meetings";
import { Card } from "@/components/ui/card";
import {
  cardsBody,
  cardsCell,
  cardsHeadHidden,
  cardsRow,
  cardsTable,
  cardsTitle,
  cardsWide,
} from "@/components/ui/table-to-cards";
import { cn } from "@/lib/cn";

/** What the view gives each of its tables. */
export type MeetingsTableProps = {
  data: ReturnType<typeof selectMeetingsView>;
  nameOf: (m: Meeting) => string;
  /** A button opening the meeting's details, labelled `label` (its name by default). */
  meetingButton: (m: Meeting, label?: string, nowrap?: boolean) => ReactNode;
  /** The source and as-of line under the table. */
  footer: ReactNode;
};

const cellClass = "px-2 py-2 align-top";
// keep-all: a Chinese header breaks between words (at spaces), not after every character.
const headClass = "px-2 py-1.5 text-start font-semibold break-keep text-muted-foreground";

/**
 * One of the Meetings view's tables in its card: title, subtitle, then either `empty` (when
 * there are no rows) or the table of `columns` whose rows are `children` (`MeetingsRow`s), then
 * `after` and the source line (`footer`). Below `sm` the rows turn into cards.
 */
export function MeetingsTable({
  title,
  subtitle,
  empty,
  isEmpty,
  columns,
  children,
  after,
  footer,
}: {
  title: string;
  subtitle: string;
  empty: string;
  isEmpty: boolean;
  columns: readonly { label: string; end?: boolean }[];
  children: ReactNode;
  after?: ReactNode;
  footer: ReactNode;
}) {
  return (
    <Card className="p-4">
      <h2 className="text-base font-semibold">{title}</h2>
      <p className="mt-0.5 text-sm text-muted-foreground">{subtitle}</p>
      {isEmpty ? (
        <p role="status" className="mt-3 text-sm">
          {empty}
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className={cn("w-full min-w-[44rem] border-collapse text-sm", cardsTable)}>
            <caption className="sr-only">{title}</caption>
            <thead className={cardsHeadHidden}>
              <tr className="border-b border-border">
                {columns.map((c) => (
                  <th key={c.label} scope="col" className={cn(headClass, c.end && "text-end")}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className={cardsBody}>{children}</tbody>
          </table>
        </div>
      )}
      {after}
      {footer}
    </Card>
  );
}

/** A row: its record's name as the row header (`head`), then its `MeetingsCell`s. */
export function MeetingsRow({
  head,
  headClassName,
  selected = false,
  children,
}: {
  head: ReactNode;
  headClassName?: string;
  selected?: boolean;
  children: ReactNode;
}) {
  return (
    <tr className={cn("border-b border-border/60", selected && "bg-accent", cardsRow)}>
      <th
        scope="row"
        className={cn(cellClass, "text-start font-medium", headClassName, cardsTitle)}
      >
        {head}
      </th>
      {children}
    </tr>
  );
}

/** A cell, named by its column's `label` when the row is a card; `wide` takes the card's width. */
export function MeetingsCell({
  label,
  wide = false,
  className,
  children,
}: {
  label: string;
  wide?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <td data-label={label} className={cn(cellClass, className, cardsCell, wide && cardsWide)}>
      {children}
    </td>
  );
}
