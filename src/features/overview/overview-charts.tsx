import type { Filters } from "@/data/filters";
import { ChartFrame } from "@/components/charts/chart-frame";
import { FigureBars } from "@/components/charts/figure-bars";
import {
  buildProvinceFigure,
  buildSectorFigure,
  buildStatusFigure,
} from "@/lib/figure/build/overview-bars";
import { buildCompletedFigure } from "@/lib/figure/build/overview-time";
import type { BarsFigure } from "@/lib/figure/figure";
import { useFigure } from "@/shared/use-figure";
import { LaterStep } from "./later-charts";
import { ReportedFrame } from "./reported-frame";

function BarsFrame({ figure }: { figure: BarsFigure }) {
  return (
    <ChartFrame figure={figure}>
      <FigureBars figure={figure} />
    </ChartFrame>
  );
}

/** The Overview's figures, each built from the dataset and the filters as a value. */
export function OverviewCharts({ filters }: { filters: Filters }) {
  const sector = useFigure(buildSectorFigure, filters);
  const status = useFigure(buildStatusFigure, filters);
  const province = useFigure(buildProvinceFigure, filters);
  const usd = useFigure(buildCompletedFigure, filters, "usd" as const);
  const mw = useFigure(buildCompletedFigure, filters, "mw" as const);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <BarsFrame figure={sector} />
      <BarsFrame figure={status} />
      <BarsFrame figure={province} />
      <ChartFrame figure={usd}>
        <LaterStep figure={usd} />
      </ChartFrame>
      <ReportedFrame filters={filters} />
      <ChartFrame figure={mw}>
        <LaterStep figure={mw} />
      </ChartFrame>
    </div>
  );
}
