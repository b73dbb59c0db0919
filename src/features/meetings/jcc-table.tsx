import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "@/components/ui/card";
import type { Meeting } from "@/data/schema";
import type { selectMeetingsView } from "@/data/selectors/meetings";
import { formatNumber } from "@/lib/format";
import { meetingDate, meetingVenue } from "@/shared/meeting-name";
import { useFormat } from "@/shared/use-format";
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
import { cellClass, headClass } from "./meetings-table-classes";

/** The Joint Cooperation Committee's sessions, one row each, each opening its details. */
export function JccTable({
  data,
  selected,
  nameOf,
  meetingButton,
  footer,
}: {
  selected: string | null;
  data: ReturnType<typeof selectMeetingsView>;
  nameOf: (m: Meeting) => string;
  meetingButton: (m: Meeting, label?: string, nowrap?: boolean) => ReactNode;
  /** The source and as-of line under the table. */
  footer: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (v: number) => formatNumber(v, format);
  return (
    <Card className="p-4">
      <h2 className="text-base font-semibold">{t("meetings.jcc.title")}</h2>
      <p className="mt-0.5 text-sm text-muted-foreground">{t("meetings.jcc.subtitle")}</p>
      {data.jcc.length === 0 ? (
        <p role="status" className="mt-3 text-sm">
          {t("meetings.jcc.none")}
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className={cn("w-full min-w-[44rem] border-collapse text-sm", cardsTable)}>
            <caption className="sr-only">{t("meetings.jcc.title")}</caption>
            <thead className={cardsHeadHidden}>
              <tr className="border-b border-border">
                <th scope="col" className={headClass}>
                  {t("meetings.jcc.session")}
                </th>
                <th scope="col" className={headClass}>
                  {t("meetings.jcc.date")}
                </th>
                <th scope="col" className={headClass}>
                  {t("meetings.jcc.venue")}
                </th>
                <th scope="col" className={headClass}>
                  {t("meetings.jcc.coChairs")}
                </th>
                <th scope="col" className={headClass}>
                  {t("meetings.jcc.documents")}
                </th>
                <th scope="col" className={headClass}>
                  {t("meetings.jcc.outcomes")}
                </th>
              </tr>
            </thead>
            <tbody className={cardsBody}>
              {data.jcc.map((m) => {
                const itemised = data.itemised[m.id]?.records ?? 0;
                return (
                  <tr
                    key={m.id}
                    className={cn(
                      "border-b border-border/60",
                      selected === m.id && "bg-accent",
                      cardsRow,
                    )}
                  >
                    <th
                      scope="row"
                      className={cn(
                        cellClass,
                        "text-start font-medium whitespace-nowrap",
                        cardsTitle,
                      )}
                    >
                      {meetingButton(m, nameOf(m), true)}
                    </th>
                    <td
                      data-label={t("meetings.jcc.date")}
                      className={cn(cellClass, "sm:whitespace-nowrap", cardsCell)}
                    >
                      {meetingDate(t, m, format)}
                    </td>
                    <td data-label={t("meetings.jcc.venue")} className={cn(cellClass, cardsCell)}>
                      <bdi>{meetingVenue(t, m)}</bdi>
                    </td>
                    <td
                      data-label={t("meetings.jcc.coChairs")}
                      className={cn(cellClass, "min-w-[10rem]", cardsCell, cardsWide)}
                    >
                      <ul>
                        {m.coChairs.map((c) => (
                          <li key={`${c.country}-${c.name}`}>
                            <bdi>{c.name}</bdi>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td
                      data-label={t("meetings.jcc.documents")}
                      className={cn(cellClass, "tabular-nums", cardsCell, cardsWide)}
                    >
                      {m.documentsSigned === null ? (
                        <span className="text-muted-foreground">
                          {t("meetings.jcc.notReported")}
                        </span>
                      ) : (
                        t("meetings.jcc.reported", {
                          count: m.documentsSigned,
                          n: number(m.documentsSigned),
                        })
                      )}
                      {itemised > 0 && (
                        <span className="block text-xs text-muted-foreground">
                          {t("meetings.jcc.itemised", {
                            count: itemised,
                            n: number(itemised),
                          })}
                        </span>
                      )}
                    </td>
                    <td
                      data-label={t("meetings.jcc.outcomes")}
                      className={cn(cellClass, cardsCell, cardsWide)}
                    >
                      {m.outcomes.length === 0 ? (
                        <span className="text-muted-foreground">
                          {t("meetings.jcc.noOutcomes")}
                        </span>
                      ) : (
                        <>
                          <span className="font-medium">
                            {t("meetings.jcc.outcomesCount", { count: m.outcomes.length })}
                          </span>
                          <span dir="auto" className="line-clamp-2 text-muted-foreground">
                            {m.outcomes[0]}
                          </span>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {footer}
    </Card>
  );
}
