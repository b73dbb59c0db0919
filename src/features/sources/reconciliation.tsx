import "./messages";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "@/components/ui/card";
import { useDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { selectReconciliation, type ReconciliationRow } from "@/data/selectors/reconciliation";
import { formatNumber, formatPartialDate, formatUsdMillions } from "@/lib/format";
import { useLanguage } from "@/shared/url-state";
import { ColumnHeads } from "@/components/ui/column-heads";

/** The id the Overview's cards link to (`?view=sources#reconciliation`). */
export const RECONCILIATION_ID = "reconciliation";

const selectTable = (d: Dataset) => ({
  rows: selectReconciliation(d),
  dataAsOf: d.metadata.dataAsOf,
});

/** Official tallies beside this dataset's counts of the same scope, and why they differ. */
export function Reconciliation() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const { rows, dataAsOf } = useDataset(selectTable);
  const ref = useRef<HTMLElement>(null);

  // Opened from an Overview card: bring the table into view once it is drawn.
  useEffect(() => {
    if (window.location.hash === `#${RECONCILIATION_ID}`) ref.current?.scrollIntoView();
  }, []);

  const value = (r: ReconciliationRow, v: number) =>
    r.metric.endsWith("-usd-bn") ? formatUsdMillions(v * 1000, lang) : formatNumber(v, lang);
  const tally = (r: ReconciliationRow) => {
    const metric = t(`sources.reconciliation.metric.${r.metric}`);
    return r.sector
      ? t("sources.reconciliation.inSector", { metric, sector: t(`sector.${r.sector}`) })
      : metric;
  };

  return (
    <section id={RECONCILIATION_ID} ref={ref} aria-labelledby="reconciliation-title" tabIndex={-1}>
      <Card className="p-4">
        <h2 id="reconciliation-title" className="text-base font-semibold">
          {t("sources.reconciliation.title")}
        </h2>
        <p className="mt-0.5 text-sm text-muted-foreground">
          {t("sources.reconciliation.subtitle")}
        </p>
        {rows.length === 0 ? (
          <p className="mt-3 text-sm">{t("sources.reconciliation.none")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-start text-sm">
              <caption className="sr-only">{t("sources.reconciliation.title")}</caption>
              <thead>
                <ColumnHeads
                  rowClassName="border-b border-border text-muted-foreground"
                  className="py-1.5 pe-3 text-start font-medium last:pe-0"
                  labels={[
                    t("sources.reconciliation.tally"),
                    t("sources.reconciliation.official"),
                    t("sources.reconciliation.dataset"),
                    t("sources.reconciliation.why"),
                  ]}
                />
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-b border-border align-top">
                    <th scope="row" className="py-2 pe-3 text-start font-medium">
                      {tally(r)}
                    </th>
                    <td className="py-2 pe-3">
                      <span className="font-semibold tabular-nums">
                        {value(r, r.official.value)}
                      </span>
                      <br />
                      <a
                        href={r.official.source.url}
                        target="_blank"
                        rel="noreferrer noopener"
                        className="text-xs underline"
                      >
                        {t("sources.reconciliation.officialSource", {
                          publisher: r.official.source.publisher,
                          date: formatPartialDate(r.official.asOf, lang),
                        })}
                      </a>
                    </td>
                    <td className="py-2 pe-3">
                      <span className="font-semibold tabular-nums">
                        {value(r, r.dataset.value)}
                      </span>
                      <br />
                      <span className="text-xs text-muted-foreground">
                        {t("sources.reconciliation.datasetAsOf", {
                          date: formatPartialDate(dataAsOf, lang),
                        })}
                      </span>
                    </td>
                    <td className="py-2 text-xs">
                      <ul className="list-disc space-y-0.5 ps-4">
                        <li>
                          {t("sources.reconciliation.reason.dates", {
                            official: formatPartialDate(r.official.asOf, lang),
                            dataset: formatPartialDate(dataAsOf, lang),
                          })}
                        </li>
                        <li>
                          {t("sources.reconciliation.reason.matched", {
                            matched: formatNumber(r.dataset.matchedToOfficial, lang),
                            projects: formatNumber(r.dataset.projects, lang),
                          })}
                        </li>
                        {r.metric.endsWith("-usd-bn") ? (
                          <li>
                            {t("sources.reconciliation.reason.cost", {
                              withCost: formatNumber(r.dataset.projectsWithCost, lang),
                              projects: formatNumber(r.dataset.projects, lang),
                            })}
                          </li>
                        ) : null}
                        {r.dataset.officialWithOtherStatus > 0 ? (
                          <li>
                            {t("sources.reconciliation.reason.otherStatus", {
                              count: r.dataset.officialWithOtherStatus,
                            })}
                          </li>
                        ) : null}
                        <li>{t("sources.reconciliation.reason.rule")}</li>
                        {r.official.notes ? <li>{r.official.notes}</li> : null}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </section>
  );
}
