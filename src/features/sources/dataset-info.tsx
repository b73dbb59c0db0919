import "./messages";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { CONFIDENCE_LEVELS, SECTORS, STATUSES } from "@/data/vocabulary";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { useLanguage } from "@/shared/url-state";
import { THIRD_PARTY_NOTICES } from "./third-party-notices";

const selectInfo = (d: Dataset) => ({
  metadata: d.metadata,
  projects: d.projects.length,
  documents: d.documents.length,
  meetings: d.meetings.length,
  groups: d.workingGroups.length,
  aggregates: d.aggregates.length,
});
/** Version, citation (with a copy button), record counts and licences. */
export function DatasetInfo() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const info = useDataset(selectInfo);
  const meta = info.metadata;
  const [copy, setCopy] = useState<"copied" | "failed" | null>(null);
  const n = (v: number) => formatNumber(v, lang);

  useEffect(() => {
    if (copy !== "copied") return;
    const timer = setTimeout(() => setCopy(null), 6000);
    return () => clearTimeout(timer);
  }, [copy]);

  const copyCitation = async () => {
    try {
      await navigator.clipboard.writeText(meta.citation);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };

  return (
    <Card className="p-4">
      <h2 className="text-base font-semibold">{t("sources.dataset.title")}</h2>
      <p className="mt-0.5 text-sm text-muted-foreground">{meta.title}</p>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-muted-foreground">{t("sources.dataset.version")}</dt>
        <dd className="font-medium tabular-nums">{meta.version}</dd>
        <dt className="text-muted-foreground">{t("sources.dataset.released")}</dt>
        <dd>{formatPartialDate(meta.releaseDate, lang)}</dd>
        <dt className="text-muted-foreground">{t("sources.dataset.dataAsOf")}</dt>
        <dd>{formatPartialDate(meta.dataAsOf, lang)}</dd>
        <dt className="text-muted-foreground">{t("sources.dataset.records")}</dt>
        <dd>
          {t("sources.dataset.recordsValue", {
            projects: n(info.projects),
            documents: n(info.documents),
            meetings: n(info.meetings),
            groups: n(info.groups),
            aggregates: n(info.aggregates),
          })}
        </dd>
      </dl>
      <h3 className="mt-4 text-sm font-semibold">{t("sources.dataset.citation")}</h3>
      <blockquote className="mt-1 rounded-md border border-border bg-muted p-3 text-sm select-all">
        {meta.citation}
      </blockquote>
      <div className="no-print mt-2 flex flex-wrap items-center gap-3">
        <Button size="sm" onClick={() => void copyCitation()}>
          {t("sources.dataset.copy")}
        </Button>
        <p
          role="status"
          className={copy === "failed" ? "text-sm text-danger" : "text-sm font-medium text-primary"}
        >
          {copy === "copied"
            ? t("sources.dataset.copied")
            : copy === "failed"
              ? t("sources.dataset.copyFailed")
              : ""}
        </p>
      </div>
      <h3 className="mt-4 text-sm font-semibold">{t("sources.licence.title")}</h3>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-muted-foreground">{t("sources.licence.data")}</dt>
        <dd>{meta.licence.data}</dd>
        <dt className="text-muted-foreground">{t("sources.licence.boundaries")}</dt>
        <dd>
          <a
            href={meta.licence.boundaries.url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-primary underline"
          >
            {meta.licence.boundaries.name}{" "}
            <span className="sr-only">{t("sources.licence.newTab")}</span>
          </a>
          <p className="mt-0.5 text-muted-foreground">{meta.licence.boundaries.attribution}</p>
        </dd>
      </dl>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium">{t("sources.licence.notices")}</summary>
        {THIRD_PARTY_NOTICES.map((n) => (
          <div key={n.id} className="mt-2">
            <p className="font-medium">{n.name}</p>
            <p lang="en" className="mt-1 text-xs text-muted-foreground">
              {n.text}
            </p>
          </div>
        ))}
      </details>
    </Card>
  );
}

/** Status, sector and confidence definitions, counting rules and the changelog. */
export function Method() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const meta = useDataset(selectInfo).metadata;
  const groups = [
    { key: "status", ids: STATUSES, labels: "status", text: meta.definitions.status },
    { key: "sector", ids: SECTORS, labels: "sector", text: meta.definitions.sector },
    {
      key: "confidence",
      ids: CONFIDENCE_LEVELS,
      labels: "confidence",
      text: meta.definitions.confidence,
    },
  ] as const;

  return (
    <>
      <Card className="p-4">
        <h2 className="text-base font-semibold">{t("sources.definitions.title")}</h2>
        <div className="mt-2 grid gap-4 md:grid-cols-3">
          {groups.map((g) => (
            <section key={g.key} aria-labelledby={`definitions-${g.key}`}>
              <h3 id={`definitions-${g.key}`} className="text-sm font-semibold">
                {t(`sources.definitions.${g.key}`)}
              </h3>
              <dl className="mt-1 space-y-2 text-sm">
                {g.ids.map((id) => (
                  <div key={id}>
                    <dt className="font-medium">{t(`${g.labels}.${id}`)}</dt>
                    <dd className="text-muted-foreground">
                      {(g.text as Record<string, string>)[id]}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="p-4">
          <h2 className="text-base font-semibold">{t("sources.counting.title")}</h2>
          <ol className="mt-2 list-decimal space-y-1.5 ps-5 text-sm">
            {meta.countingRules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ol>
          <p className="mt-3 text-sm text-muted-foreground">{t("sources.timeDirection")}</p>
        </Card>
        <Card className="p-4">
          <h2 className="text-base font-semibold">{t("sources.changelog.title")}</h2>
          <ol className="mt-2 space-y-3 text-sm">
            {meta.changelog.map((entry) => (
              <li key={`${entry.version}-${entry.date}`}>
                <h3 className="font-medium">
                  {t("sources.changelog.entry", {
                    version: entry.version,
                    date: formatPartialDate(entry.date, lang),
                  })}
                </h3>
                <ul className="mt-1 list-disc space-y-1 ps-5">
                  {entry.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
