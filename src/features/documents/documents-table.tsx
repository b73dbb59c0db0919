import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { DocumentRow, DocumentSortKey, SortDirection } from "@/data/selectors/documents";
import {
  cardsBody,
  cardsCell,
  cardsHeadSort,
  cardsRow,
  cardsTable,
  cardsTitle,
  cardsWide,
} from "@/components/ui/table-to-cards";
import { cn } from "@/lib/cn";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { meetingName, meetingDate } from "@/shared/meeting-name";
import { useFormat } from "@/shared/use-format";

// keep-all: a Chinese header breaks between words (at spaces), not after every character.
const head = "px-2 py-1.5 font-semibold break-keep text-muted-foreground max-sm:px-0";
const cell = "px-2 py-2 align-top";

/** The documents as a table sorted by any column; each title opens the document's details. */
export function DocumentsTable({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
}: {
  rows: readonly DocumentRow[];
  sort: { key: DocumentSortKey; direction: SortDirection };
  onSort: (key: DocumentSortKey, direction: SortDirection) => void;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();

  const header = (key: DocumentSortKey, label: string, align: "start" | "end" = "start") => {
    const active = sort.key === key;
    // A first click sorts dates and counts largest first, text A to Z.
    const first: SortDirection = key === "date" || key === "instruments" ? "desc" : "asc";
    const next: SortDirection = active ? (sort.direction === "asc" ? "desc" : "asc") : first;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}
        className={cn(head, align === "end" ? "text-end" : "text-start")}
      >
        <button
          type="button"
          onClick={() => onSort(key, next)}
          className={cn(
            "inline-flex items-center gap-1 rounded hover:text-foreground",
            active && "text-foreground",
          )}
        >
          {label}
          <span aria-hidden="true" className="text-[10px]">
            {active ? (sort.direction === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="overflow-x-auto">
      <table className={cn("w-full min-w-[44rem] border-collapse text-sm", cardsTable)}>
        <caption className="sr-only">{t("documents.table.title")}</caption>
        {/* On a phone the header stays as a row of sorting buttons above the cards. */}
        <thead className={cn(cardsHeadSort, "max-sm:mb-3")}>
          <tr className="border-b border-border">
            {header("date", t("documents.table.date"))}
            {header("title", t("documents.table.title_col"))}
            {header("type", t("documents.table.type"))}
            <th scope="col" className={cn(head, "text-start max-sm:hidden")}>
              {t("documents.table.parties")}
            </th>
            {header("signedAt", t("documents.table.signedAt"))}
            {header("instruments", t("documents.table.instruments"), "end")}
          </tr>
        </thead>
        <tbody className={cardsBody}>
          {rows.map(({ document: d, meeting, workingGroup }) => (
            <tr
              key={d.id}
              className={cn(
                "border-b border-border/60",
                selected === d.id && "bg-accent",
                cardsRow,
              )}
            >
              <td
                data-label={t("documents.table.date")}
                className={cn(cell, "whitespace-nowrap tabular-nums", cardsCell)}
              >
                {formatPartialDate(d.date, format)}
              </td>
              <th scope="row" className={cn(cell, "text-start font-normal", cardsTitle)}>
                <Button
                  id={`document-${d.id}`}
                  variant="ghost"
                  size="sm"
                  aria-pressed={selected === d.id}
                  className="h-auto min-h-8 px-1.5 py-1 text-start text-sm whitespace-normal text-primary underline"
                  onClick={() => onSelect(d.id)}
                >
                  <bdi>{d.title}</bdi>
                </Button>
              </th>
              <td data-label={t("documents.table.type")} className={cn(cell, cardsCell)}>
                {t(`documentType.${d.type}`)}
              </td>
              <td
                data-label={t("documents.table.parties")}
                className={cn(cell, cardsCell, cardsWide)}
              >
                <ul>
                  {d.parties.map((p) => (
                    <li key={p.name}>
                      <bdi>{p.name}</bdi>
                    </li>
                  ))}
                </ul>
              </td>
              <td
                data-label={t("documents.table.signedAt")}
                className={cn(cell, cardsCell, cardsWide)}
              >
                {meeting ? (
                  <>
                    {meetingName(t, meeting, workingGroup?.name ?? null)}
                    <span className="block text-xs text-muted-foreground">
                      {meetingDate(t, meeting, format)}
                    </span>
                  </>
                ) : d.occasion ? (
                  <bdi>{d.occasion}</bdi>
                ) : (
                  <span className="text-muted-foreground">{t("documents.table.notReported")}</span>
                )}
              </td>
              <td
                data-label={t("documents.table.instruments")}
                className={cn(cell, "text-end tabular-nums", cardsCell)}
              >
                {formatNumber(d.count, format)}
                {d.packageId !== null && (
                  <span className="block text-xs text-muted-foreground">
                    {t("documents.table.inPackage")}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
