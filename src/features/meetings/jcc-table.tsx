import { useTranslation } from "react-i18next";
import { formatNumber } from "@/lib/format";
import { meetingDate, meetingVenue } from "@/shared/meeting-name";
import { useFormat } from "@/shared/use-format";
import {
  MeetingsCell,
  MeetingsRow,
  MeetingsTable,
  type MeetingsTableProps,
} from "./meetings-table";

/** The Joint Cooperation Committee's sessions, one row each, each opening its details. */
export function JccTable({
  data,
  selected,
  nameOf,
  meetingButton,
  footer,
}: MeetingsTableProps & { selected: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (v: number) => formatNumber(v, format);
  const label = {
    date: t("meetings.jcc.date"),
    venue: t("meetings.jcc.venue"),
    coChairs: t("meetings.jcc.coChairs"),
    documents: t("meetings.jcc.documents"),
    outcomes: t("meetings.jcc.outcomes"),
  };
  return (
    <MeetingsTable
      title={t("meetings.jcc.title")}
      subtitle={t("meetings.jcc.subtitle")}
      empty={t("meetings.jcc.none")}
      isEmpty={data.jcc.length === 0}
      columns={[
        { label: t("meetings.jcc.session") },
        { label: label.date },
        { label: label.venue },
        { label: label.coChairs },
        { label: label.documents },
        { label: label.outcomes },
      ]}
      footer={footer}
    >
      {data.jcc.map((m) => {
        const itemised = data.itemised[m.id]?.records ?? 0;
        return (
          <MeetingsRow
            key={m.id}
            selected={selected === m.id}
            headClassName="whitespace-nowrap"
            head={meetingButton(m, nameOf(m), true)}
          >
            <MeetingsCell label={label.date} className="sm:whitespace-nowrap">
              {meetingDate(t, m, format)}
            </MeetingsCell>
            <MeetingsCell label={label.venue}>
              <bdi>{meetingVenue(t, m)}</bdi>
            </MeetingsCell>
            <MeetingsCell label={label.coChairs} className="min-w-[10rem]" wide>
              <ul>
                {m.coChairs.map((c) => (
                  <li key={`${c.country}-${c.name}`}>
                    <bdi>{c.name}</bdi>
                  </li>
                ))}
              </ul>
            </MeetingsCell>
            <MeetingsCell label={label.documents} className="tabular-nums" wide>
              {m.documentsSigned === null ? (
                <span className="text-muted-foreground">{t("meetings.jcc.notReported")}</span>
              ) : (
                t("meetings.jcc.reported", {
                  count: m.documentsSigned,
                  n: number(m.documentsSigned),
                })
              )}
              {itemised > 0 && (
                <span className="block text-xs text-muted-foreground">
                  {t("meetings.jcc.itemised", { count: itemised, n: number(itemised) })}
                </span>
              )}
            </MeetingsCell>
            <MeetingsCell label={label.outcomes} wide>
              {m.outcomes.length === 0 ? (
                <span className="text-muted-foreground">{t("meetings.jcc.noOutcomes")}</span>
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
            </MeetingsCell>
          </MeetingsRow>
        );
      })}
    </MeetingsTable>
  );
}
