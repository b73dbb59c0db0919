import { lazy, memo, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DeferUntilNear } from "@/components/charts/deferred-figures";
import { Card } from "@/components/ui/card";
import { useDataset } from "@/data/queries";
import type { Filters } from "@/data/filters";
import type { Dataset } from "@/data/schema";
import { latestReported } from "@/data/selectors/aggregates";
import { selectOverview } from "@/data/selectors/overview";
import { formatNumber, formatPartialDate, formatUnit, formatUsdMillions } from "@/lib/format";
import { DeferredFilters } from "@/shared/updating";
import { EmptyResult } from "@/shared/empty-result";
import { LatestLists } from "./latest-lists";
import { useFormat } from "@/shared/use-format";

// The charts (and Recharts with them) arrive after the headline cards have painted, and on a
// phone only once the reader goes on past the cards (see DeferUntilNear).
const OverviewCharts = lazy(() =>
  import("./overview-charts").then((m) => ({ default: m.OverviewCharts })),
);

const selectMeta = (d: Dataset) => d.metadata;
const selectAggregates = (d: Dataset) => d.aggregates;

export function OverviewView() {
  return <DeferredFilters content={OverviewContent} />;
}

const OverviewContent = memo(function OverviewContent({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const meta = useDataset(selectMeta);
  const aggregates = useDataset(selectAggregates);
  const data = useDataset((d) => selectOverview(d, filters));
  const h = data.headline;
  const asOf = formatPartialDate(meta.dataAsOf, format);
  const source = t("overview.source", { version: meta.version, count: data.projectSources });

  const computed = t("overview.kpi.computedSource");
  const reported = latestReported(aggregates, "direct-investment-usd-bn");
  const cards: { key: string; label: string; value: string; note: string; source: ReactNode }[] = [
    {
      key: "reported",
      label: t("overview.kpi.reportedInvestment"),
      value: reported ? formatUsdMillions(reported.value * 1000, format) : "—",
      note: reported ? reported.label : t("overview.kpi.noReport"),
      source: reported ? (
        <a href={reported.url} target="_blank" rel="noreferrer noopener" className="underline">
          {t("overview.kpi.reportedSource", {
            publisher: reported.publisher,
            date: formatPartialDate(reported.date, format),
          })}
        </a>
      ) : null,
    },
    {
      key: "investment",
      label: t("overview.kpi.estimatedCost"),
      value: formatUsdMillions(h.investmentUsdMillions, format),
      note: t("overview.kpi.investmentNote", {
        withCost: h.projectsWithCost,
        projects: h.projects,
      }),
      source: computed,
    },
    {
      key: "operating",
      label: t("overview.kpi.operating"),
      value: formatNumber(h.operating, format),
      note: t("overview.kpi.operatingNote", { projects: h.projects }),
      source: computed,
    },
    {
      key: "mw",
      label: t("overview.kpi.mw"),
      value: formatUnit(h.operatingMw, "MW", format),
      note: t("overview.kpi.mwNote", { count: h.operatingMwProjects }),
      source: computed,
    },
    {
      key: "km",
      label: t("overview.kpi.km"),
      value: formatUnit(h.operatingRoadKm + h.operatingRailKm, "km", format),
      note: t("overview.kpi.kmNote", {
        road: formatNumber(h.operatingRoadKm, format),
        rail: formatNumber(h.operatingRailKm, format),
      }),
      source: computed,
    },
    {
      key: "documents",
      label: t("overview.kpi.documents"),
      value: formatNumber(data.documents.instruments, format),
      note: t("overview.kpi.documentsNote", { records: data.documents.records }),
      source: computed,
    },
    {
      key: "meetings",
      label: t("overview.kpi.meetings"),
      value: formatNumber(data.meetings.jcc, format),
      note: t("overview.kpi.meetingsNote", { jwg: data.meetings.jwg }),
      source: computed,
    },
  ];

  // About the room the charts take, so nothing jumps when they arrive: empty until they are
  // asked for, "Loading…" while their code downloads.
  const chartsRoom = "min-h-[80rem] lg:min-h-[56rem]";
  const chartsWaiting = <div aria-hidden="true" className={chartsRoom} />;
  const chartsLoading = (
    <p role="status" className={`${chartsRoom} p-8 text-center text-muted-foreground`}>
      {t("app.loading")}
    </p>
  );

  return (
    <div className="space-y-4">
      <ul
        aria-label={t("overview.kpi.label")}
        className="grid grid-cols-2 gap-3 md:grid-cols-4 2xl:grid-cols-7"
      >
        {cards.map((c) => (
          <li key={c.key}>
            <Card className="flex h-full flex-col p-3">
              <p className="text-xs font-medium text-muted-foreground">{c.label}</p>
              <p className="mt-1 text-xl font-bold tabular-nums sm:text-2xl">{c.value}</p>
              <p className="mt-1 text-xs text-muted-foreground">{c.note}</p>
              <p className="mt-auto pt-2 text-[11px] text-muted-foreground">
                {c.source}
                {c.key === "reported" ? null : ` · ${t("overview.kpi.asOf", { date: asOf })}`}
              </p>
            </Card>
          </li>
        ))}
      </ul>
      {h.projects === 0 ? (
        <EmptyResult />
      ) : (
        <DeferUntilNear placeholder={chartsWaiting}>
          <Suspense fallback={chartsLoading}>
            <OverviewCharts filters={filters} />
          </Suspense>
        </DeferUntilNear>
      )}
      <LatestLists
        documents={data.documents.latest}
        meetings={data.meetings.latest}
        source={source}
        asOf={asOf}
      />
    </div>
  );
});
