import { lazy, memo, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { DeferUntilNear } from "@/components/charts/deferred-figures";
import { useDataset } from "@/data/queries";
import type { Filters } from "@/data/filters";
import type { Dataset } from "@/data/schema";
import { latestOfficial } from "@/data/selectors/aggregates";
import { selectOverview } from "@/data/selectors/overview";
import { formatPartialDate } from "@/lib/format";
import { DeferredFilters } from "@/shared/updating";
import { EmptyResult } from "@/shared/empty-result";
import { HeadlineCards } from "./headline-cards";
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

  const official = latestOfficial(aggregates, "direct-investment-usd-bn");

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
      <HeadlineCards data={data} meta={meta} official={official} />
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
