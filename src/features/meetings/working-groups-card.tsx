import { meetingDate } from "@/shared/meeting-name";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "@/components/ui/card";
import type { Meeting } from "@/data/schema";
import type { selectMeetingsView } from "@/data/selectors/meetings";
import { formatNumber, formatPartialDate } from "@/lib/format";
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

/** The joint working groups: when each was set up, its leads, its first and latest meetings. */
export function WorkingGroupsCard({
  data,
  nameOf,
  meetingButton,
  footer,
}: {
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
      <h2 className="text-base font-semibold">{t("meetings.groups.title")}</h2>
      <p className="mt-0.5 text-sm text-muted-foreground">{t("meetings.groups.subtitle")}</p>
      {data.workingGroups.length === 0 ? (
        <p className="mt-3 text-sm">{t("meetings.groups.none")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className={cn("w-full min-w-[44rem] border-collapse text-sm", cardsTable)}>
            <caption className="sr-only">{t("meetings.groups.title")}</caption>
            <thead className={cardsHeadHidden}>
              <tr className="border-b border-border">
                <th scope="col" className={headClass}>
                  {t("meetings.groups.name")}
                </th>
                <th scope="col" className={headClass}>
                  {t("meetings.groups.established")}
                </th>
                <th scope="col" className={headClass}>
                  {t("meetings.groups.leads")}
                </th>
                <th scope="col" className={headClass}>
                  {t("meetings.groups.first")}
                </th>
                <th scope="col" className={headClass}>
                  {t("meetings.groups.latest")}
                </th>
                <th scope="col" className={`${headClass} text-end`}>
                  {t("meetings.groups.count")}
                </th>
              </tr>
            </thead>
            <tbody className={cardsBody}>
              {data.workingGroups.map((r) => {
                const date = r.group.established.date
                  ? formatPartialDate(r.group.established.date, format)
                  : t("meetings.groups.notKnown");
                return (
                  <tr key={r.group.id} className={cn("border-b border-border/60", cardsRow)}>
                    <th scope="row" className={cn(cellClass, "text-start font-medium", cardsTitle)}>
                      <bdi>{r.group.name}</bdi>
                    </th>
                    <td
                      data-label={t("meetings.groups.established")}
                      className={cn(cellClass, cardsCell, cardsWide)}
                    >
                      {r.establishedAt
                        ? t("meetings.groups.establishedAt", {
                            date,
                            meeting: nameOf(r.establishedAt),
                          })
                        : date}
                      {r.group.established.note && (
                        <span dir="auto" className="mt-0.5 block text-xs text-muted-foreground">
                          {r.group.established.note}
                        </span>
                      )}
                    </td>
                    <td
                      data-label={t("meetings.groups.leads")}
                      className={cn(cellClass, cardsCell, cardsWide)}
                    >
                      {r.group.leads.pk === null && r.group.leads.cn === null ? (
                        <span className="text-muted-foreground">
                          {t("meetings.groups.notKnown")}
                        </span>
                      ) : (
                        <ul>
                          {r.group.leads.pk && (
                            <li>{t("meetings.groups.leadPk", { name: r.group.leads.pk })}</li>
                          )}
                          {r.group.leads.cn && (
                            <li>{t("meetings.groups.leadCn", { name: r.group.leads.cn })}</li>
                          )}
                        </ul>
                      )}
                    </td>
                    <td
                      data-label={t("meetings.groups.first")}
                      className={cn(cellClass, cardsCell)}
                    >
                      {r.firstMeeting ? (
                        meetingButton(r.firstMeeting, meetingDate(t, r.firstMeeting, format))
                      ) : (
                        <span className="text-muted-foreground">
                          {t("meetings.groups.noMeeting")}
                        </span>
                      )}
                    </td>
                    <td
                      data-label={t("meetings.groups.latest")}
                      className={cn(cellClass, cardsCell)}
                    >
                      {r.latestMeeting && r.latestMeeting !== r.firstMeeting
                        ? meetingButton(r.latestMeeting, meetingDate(t, r.latestMeeting, format))
                        : r.latestMeeting
                          ? meetingDate(t, r.latestMeeting, format)
                          : null}
                    </td>
                    <td
                      data-label={t("meetings.groups.count")}
                      className={cn(cellClass, "text-end tabular-nums", cardsCell)}
                    >
                      {number(r.meetings)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {data.jwg.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium">
            {t("meetings.groups.allMeetings", { count: data.jwg.length })}
          </summary>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {data.jwg.map((m) => (
              <li key={m.id}>
                {meetingButton(m)}
                <span className="text-muted-foreground"> · {meetingDate(t, m, format)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {footer}
    </Card>
  );
}
