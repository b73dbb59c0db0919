import { useTranslation } from "react-i18next";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { meetingDate } from "@/shared/meeting-name";
import { useFormat } from "@/shared/use-format";
import {
  MeetingsCell,
  MeetingsRow,
  MeetingsTable,
  type MeetingsTableProps,
} from "./meetings-table";

/** The joint working groups: when each was set up, its leads, its first and latest meetings. */
export function WorkingGroupsCard({ data, nameOf, meetingButton, footer }: MeetingsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (v: number) => formatNumber(v, format);
  const label = {
    established: t("meetings.groups.established"),
    leads: t("meetings.groups.leads"),
    first: t("meetings.groups.first"),
    latest: t("meetings.groups.latest"),
    count: t("meetings.groups.count"),
  };
  const notKnown = <span className="text-muted-foreground">{t("meetings.groups.notKnown")}</span>;
  return (
    <MeetingsTable
      title={t("meetings.groups.title")}
      subtitle={t("meetings.groups.subtitle")}
      empty={t("meetings.groups.none")}
      isEmpty={data.workingGroups.length === 0}
      columns={[
        { label: t("meetings.groups.name") },
        { label: label.established },
        { label: label.leads },
        { label: label.first },
        { label: label.latest },
        { label: label.count, end: true },
      ]}
      after={
        data.jwg.length > 0 && (
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
        )
      }
      footer={footer}
    >
      {data.workingGroups.map((r) => {
        const date = r.group.established.date
          ? formatPartialDate(r.group.established.date, format)
          : t("meetings.groups.notKnown");
        return (
          <MeetingsRow key={r.group.id} head={<bdi>{r.group.name}</bdi>}>
            <MeetingsCell label={label.established} wide>
              {r.establishedAt
                ? t("meetings.groups.establishedAt", { date, meeting: nameOf(r.establishedAt) })
                : date}
              {r.group.established.note && (
                <span dir="auto" className="mt-0.5 block text-xs text-muted-foreground">
                  {r.group.established.note}
                </span>
              )}
            </MeetingsCell>
            <MeetingsCell label={label.leads} wide>
              {r.group.leads.pk === null && r.group.leads.cn === null ? (
                notKnown
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
            </MeetingsCell>
            <MeetingsCell label={label.first}>
              {r.firstMeeting ? (
                meetingButton(r.firstMeeting, meetingDate(t, r.firstMeeting, format))
              ) : (
                <span className="text-muted-foreground">{t("meetings.groups.noMeeting")}</span>
              )}
            </MeetingsCell>
            <MeetingsCell label={label.latest}>
              {r.latestMeeting && r.latestMeeting !== r.firstMeeting
                ? meetingButton(r.latestMeeting, meetingDate(t, r.latestMeeting, format))
                : r.latestMeeting
                  ? meetingDate(t, r.latestMeeting, format)
                  : null}
            </MeetingsCell>
            <MeetingsCell label={label.count} className="text-end tabular-nums">
              {number(r.meetings)}
            </MeetingsCell>
          </MeetingsRow>
        );
      })}
    </MeetingsTable>
  );
}
