import type { Filters } from "@/data/filters";
import { memo, useCallback, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useDataset } from "@/data/queries";
import type { Dataset, Meeting } from "@/data/schema";
import {
  meetingDetail,
  selectMeetingsView,
  selectWorkingGroupNames,
} from "@/data/selectors/meetings";
import { formatNumber, formatPartialDate, formatYear } from "@/lib/format";
import { useLanguage } from "@/shared/url-state";
import { DeferredFilters } from "@/shared/updating";
import { MeetingDetail } from "./meeting-detail";
import { meetingName, meetingVenue, meetingDate } from "@/shared/meeting-name";
import { MeetingsPerYearChart } from "./meetings-chart";
import { useOpenDocument, useSelectedMeeting } from "./meetings-url";

const selectMeta = (d: Dataset) => d.metadata;

const cellClass = "px-2 py-2 align-top";
const headClass = "px-2 py-1.5 text-start font-semibold text-muted-foreground";

export function MeetingsView() {
  return <DeferredFilters content={MeetingsContent} />;
}

const MeetingsContent = memo(function MeetingsContent({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [selected, setSelected] = useSelectedMeeting();
  const openDocument = useOpenDocument();
  const meta = useDataset(selectMeta);
  const groupNames = useDataset(selectWorkingGroupNames);
  const data = useDataset((d) => selectMeetingsView(d, filters));
  const detail = useDataset(useCallback((d: Dataset) => meetingDetail(d, selected), [selected]));
  const asOf = formatPartialDate(meta.dataAsOf, lang);
  const source = t("meetings.source", { version: meta.version, count: data.sources });
  const number = (v: number) => formatNumber(v, lang);
  const nameOf = (m: Meeting) =>
    meetingName(t, m, m.workingGroupId ? (groupNames.get(m.workingGroupId) ?? null) : null);

  // Focus moves to the details when a meeting is chosen here, not when the page opens on one.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  useEffect(() => {
    if (focusNext.current && detail) {
      focusNext.current = false;
      headingRef.current?.focus();
    }
  }, [detail]);
  const choose = (id: string) => {
    focusNext.current = true;
    void setSelected(id);
  };
  const close = () => {
    const id = selected;
    void setSelected(null);
    if (id) document.getElementById(`meeting-${id}`)?.focus();
  };

  const meetingButton = (m: Meeting, label = nameOf(m), nowrap = false) => (
    <Button
      id={`meeting-${m.id}`}
      size="sm"
      variant="ghost"
      aria-pressed={selected === m.id}
      className={`h-auto min-h-8 px-1.5 py-1 text-start text-sm text-primary underline ${nowrap ? "whitespace-nowrap" : "whitespace-normal"}`}
      onClick={() => choose(m.id)}
    >
      {label}
    </Button>
  );

  const scope =
    filters.from !== null || filters.to !== null
      ? t("meetings.scope.range", {
          from: filters.from !== null ? formatYear(filters.from, lang) : "…",
          to: filters.to !== null ? formatYear(filters.to, lang) : "…",
        })
      : t("meetings.scope.all");

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted-foreground">{scope}</p>
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(22rem,2fr)]">
        <div className="xl:sticky xl:top-4 xl:col-start-2 xl:row-start-1 xl:max-h-[calc(100dvh-2rem)] xl:overflow-y-auto">
          {detail ? (
            <MeetingDetail
              detail={detail}
              onClose={close}
              onOpenDocument={openDocument}
              headingRef={headingRef}
            />
          ) : (
            <Card className="hidden p-4 text-sm text-muted-foreground xl:block">
              {t("meetings.detail.choose")}
            </Card>
          )}
        </div>
        <div className="min-w-0 space-y-4 xl:col-start-1 xl:row-start-1">
          <Card className="p-4">
            <h2 className="text-base font-semibold">{t("meetings.jcc.title")}</h2>
            <p className="mt-0.5 text-sm text-muted-foreground">{t("meetings.jcc.subtitle")}</p>
            {data.jcc.length === 0 ? (
              <p role="status" className="mt-3 text-sm">
                {t("meetings.jcc.none")}
              </p>
            ) : (
              <div className="mt-3 overflow-x-auto">
                <table className="w-full min-w-[44rem] border-collapse text-sm">
                  <caption className="sr-only">{t("meetings.jcc.title")}</caption>
                  <thead>
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
                  <tbody>
                    {data.jcc.map((m) => {
                      const itemised = data.itemised[m.id]?.records ?? 0;
                      return (
                        <tr
                          key={m.id}
                          className={
                            selected === m.id
                              ? "border-b border-border/60 bg-accent"
                              : "border-b border-border/60"
                          }
                        >
                          <th
                            scope="row"
                            className={`${cellClass} text-start font-medium whitespace-nowrap`}
                          >
                            {meetingButton(m, nameOf(m), true)}
                          </th>
                          <td className={`${cellClass} whitespace-nowrap`}>
                            {meetingDate(t, m, lang)}
                          </td>
                          <td className={cellClass}>
                            <bdi>{meetingVenue(t, m)}</bdi>
                          </td>
                          <td className={cellClass}>
                            <ul>
                              {m.coChairs.map((c) => (
                                <li key={`${c.country}-${c.name}`}>
                                  <bdi>{c.name}</bdi>
                                </li>
                              ))}
                            </ul>
                          </td>
                          <td className={`${cellClass} tabular-nums`}>
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
                          <td className={cellClass}>
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
            <p className="mt-2 border-t border-border pt-2 text-xs text-muted-foreground">
              {t("chart.source", { source })} · {t("chart.asOf", { date: asOf })}
            </p>
          </Card>

          {data.perYear.length > 0 && (
            <MeetingsPerYearChart data={data} source={source} asOf={asOf} />
          )}

          <Card className="p-4">
            <h2 className="text-base font-semibold">{t("meetings.groups.title")}</h2>
            <p className="mt-0.5 text-sm text-muted-foreground">{t("meetings.groups.subtitle")}</p>
            {data.workingGroups.length === 0 ? (
              <p className="mt-3 text-sm">{t("meetings.groups.none")}</p>
            ) : (
              <div className="mt-3 overflow-x-auto">
                <table className="w-full min-w-[44rem] border-collapse text-sm">
                  <caption className="sr-only">{t("meetings.groups.title")}</caption>
                  <thead>
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
                  <tbody>
                    {data.workingGroups.map((r) => {
                      const date = r.group.established.date
                        ? formatPartialDate(r.group.established.date, lang)
                        : t("meetings.groups.notKnown");
                      return (
                        <tr key={r.group.id} className="border-b border-border/60">
                          <th scope="row" className={`${cellClass} text-start font-medium`}>
                            <bdi>{r.group.name}</bdi>
                          </th>
                          <td className={cellClass}>
                            {r.establishedAt
                              ? t("meetings.groups.establishedAt", {
                                  date,
                                  meeting: nameOf(r.establishedAt),
                                })
                              : date}
                            {r.group.established.note && (
                              <span
                                dir="auto"
                                className="mt-0.5 block text-xs text-muted-foreground"
                              >
                                {r.group.established.note}
                              </span>
                            )}
                          </td>
                          <td className={cellClass}>
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
                          <td className={cellClass}>
                            {r.firstMeeting ? (
                              meetingButton(r.firstMeeting, meetingDate(t, r.firstMeeting, lang))
                            ) : (
                              <span className="text-muted-foreground">
                                {t("meetings.groups.noMeeting")}
                              </span>
                            )}
                          </td>
                          <td className={cellClass}>
                            {r.latestMeeting && r.latestMeeting !== r.firstMeeting
                              ? meetingButton(
                                  r.latestMeeting,
                                  meetingDate(t, r.latestMeeting, lang),
                                )
                              : r.latestMeeting
                                ? meetingDate(t, r.latestMeeting, lang)
                                : null}
                          </td>
                          <td className={`${cellClass} text-end tabular-nums`}>
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
                      <span className="text-muted-foreground"> · {meetingDate(t, m, lang)}</span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <p className="mt-2 border-t border-border pt-2 text-xs text-muted-foreground">
              {t("chart.source", { source })} · {t("chart.asOf", { date: asOf })}
            </p>
          </Card>

          {data.visits.length > 0 && (
            <Card className="p-4">
              <h2 className="text-base font-semibold">{t("meetings.visits.title")}</h2>
              <p className="mt-0.5 text-sm text-muted-foreground">
                {t("meetings.visits.subtitle")}
              </p>
              <ul className="mt-2 divide-y divide-border text-sm">
                {data.visits.map((m) => (
                  <li key={m.id} className="py-2">
                    <p>
                      {meetingButton(m)}
                      <span className="text-muted-foreground">
                        {" "}
                        · {meetingDate(t, m, lang)}
                        {m.documentsSigned !== null &&
                          ` · ${t("meetings.visits.documents", { count: m.documentsSigned })}`}
                      </span>
                    </p>
                    {m.outcomes[0] && (
                      <p dir="auto" className="ps-1.5 text-muted-foreground">
                        {m.outcomes[0]}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
});
