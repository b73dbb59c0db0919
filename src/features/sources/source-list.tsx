import "./messages";
import { useDeferredValue, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DeferUntilNear, HeldRoom } from "@/components/charts/deferred-figures";
import { useDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { searchSources, selectSources, type CitingRecord } from "@/data/selectors/sources";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { useLanguage, useSelectedProject } from "@/shared/url-state";
import { meetingName, meetingDate } from "@/shared/meeting-name";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useOpenRecord, useSourceQuery } from "./sources-url";

const PAGE = 50;

/** Each project by id, for its name in the interface language. */
const selectProjectsById = (d: Dataset) => new Map(d.projects.map((p) => [p.id, p]));
const linkButton = "h-auto min-h-7 px-1 py-0.5 text-start whitespace-normal text-primary underline";

/** Every source once, by URL, with the records citing it; project, document and meeting names open them. */
export function SourceList() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [, setProject] = useSelectedProject();
  const { openDocument, openMeeting } = useOpenRecord();
  const [query, setQuery] = useSourceQuery();
  const all = useDataset(selectSources);
  const projects = useDataset(selectProjectsById);
  const shown = searchSources(all, useDeferredValue(query));
  // Long lists arrive in pages: hundreds of sources with their citing records make a heavy page.
  const [limit, setLimit] = useState(PAGE);
  const visible = shown.slice(0, limit);
  const n = (v: number) => formatNumber(v, lang);

  const record = (r: CitingRecord) => {
    switch (r.kind) {
      case "project": {
        const p = projects.get(r.id) ?? r;
        return (
          <Button
            size="sm"
            variant="ghost"
            className={linkButton}
            onClick={() => void setProject(r.id)}
          >
            <bdi lang={projectNameLang(p, lang)}>{projectName(p, lang)}</bdi>{" "}
            <span className="sr-only">{t("sources.list.openProject")}</span>
          </Button>
        );
      }
      case "document":
        return (
          <Button
            size="sm"
            variant="ghost"
            className={linkButton}
            onClick={() => openDocument(r.id)}
          >
            <bdi>{r.name}</bdi>
          </Button>
        );
      case "meeting":
        return (
          <Button
            size="sm"
            variant="ghost"
            className={linkButton}
            onClick={() => openMeeting(r.id)}
          >
            {t("sources.name.withDate", {
              name: meetingName(t, r.meeting, r.workingGroupName),
              date: meetingDate(t, r.meeting, lang),
            })}
          </Button>
        );
      default:
        return (
          <span className="px-1">
            <bdi>{r.name}</bdi>
          </span>
        );
    }
  };

  return (
    <Card className="p-4">
      <h2 className="text-base font-semibold">{t("sources.list.title")}</h2>
      <p className="mt-0.5 text-sm text-muted-foreground">
        {t("sources.list.subtitle", { count: all.length, n: n(all.length) })}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <label className="flex min-w-64 flex-1 items-center text-sm">
          <span className="sr-only">{t("sources.list.search")}</span>
          <input
            type="search"
            value={query}
            maxLength={100}
            placeholder={t("sources.list.search")}
            onChange={(e) => void setQuery(e.target.value)}
            className="h-9 w-full rounded-md border border-border bg-card px-3"
          />
        </label>
        <p aria-live="polite" className="text-sm text-muted-foreground">
          {t("sources.list.shown", {
            shown: n(visible.length),
            matching: n(shown.length),
            total: n(all.length),
          })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p role="status" className="mt-3 text-sm">
          {t("sources.list.none")}
        </p>
      ) : (
        // Far down the page: drawn when the reader goes on, not in the first visit's first screen.
        <DeferUntilNear placeholder={<HeldRoom rem={visible.length * 9} />}>
          <ul className="mt-3 divide-y divide-border">
            {visible.map((s) => (
              <li key={s.url} className="py-3 text-sm">
                <p>
                  <bdi className="font-semibold">{s.publisher}</bdi>
                  <span className="text-muted-foreground">
                    {" "}
                    · {s.date ? formatPartialDate(s.date, lang) : t("sources.list.undated")}
                  </span>
                </p>
                <p className="mt-0.5">
                  <a
                    href={s.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="break-words text-primary underline"
                  >
                    <bdi>{s.title}</bdi> <span className="sr-only">{t("sources.list.newTab")}</span>
                  </a>
                </p>
                <p className="mt-0.5 font-mono text-xs break-all text-muted-foreground">
                  {/* Isolated: in Urdu a URL's closing "/" would otherwise jump to its start. */}
                  <bdi>{s.url}</bdi>
                </p>
                <div className="mt-1">
                  <p className="text-xs text-muted-foreground">
                    {t("sources.list.citedBy", { count: s.citedBy.length, n: n(s.citedBy.length) })}
                  </p>
                  <ul className="mt-0.5 flex flex-wrap gap-x-2 gap-y-0.5">
                    {s.citedBy.map((r) => (
                      <li key={`${r.kind}-${r.id}`} className="flex items-baseline gap-1">
                        <span className="text-xs text-muted-foreground">
                          {t(`sources.list.kind.${r.kind}`)}:
                        </span>
                        {record(r)}
                      </li>
                    ))}
                  </ul>
                </div>
              </li>
            ))}
          </ul>
        </DeferUntilNear>
      )}
      {shown.length > visible.length && (
        <div className="no-print mt-2 flex flex-wrap gap-2">
          <Button size="sm" onClick={() => setLimit((l) => l + PAGE)}>
            {t("sources.list.more", { n: n(Math.min(PAGE, shown.length - visible.length)) })}
          </Button>
          <Button size="sm" onClick={() => setLimit(Infinity)}>
            {t("sources.list.all", { n: n(shown.length) })}
          </Button>
        </div>
      )}
    </Card>
  );
}
