import type { Filters } from "@/data/filters";
import { ChartFrame } from "@/components/charts/chart-frame";
import { FigureBars } from "@/components/charts/figure-bars";
import { FigureStep } from "@/components/charts/figure-step";
import {
  buildProvinceFigure,
  buildSectorFigure,
  buildStatusFigure,
} from "@/lib/figure/build/overview-bars";
import { buildCompletedFigure } from "@/lib/figure/build/overview-time";
import type { BarsFigure, StepFigure } from "@/lib/figure/figure";
import { useFigure } from "@/shared/use-figure";
import { ReportedFrame } from "./reported-frame";

function BarsFrame({ figure }: { figure: BarsFigure }) {
  return (
    <ChartFrame figure={figure}>
      <FigureBars figure={figure} />
    </ChartFrame>
  );
}

/** Sibling cumulative charts share one time domain, so their years line up. */
function sharedYears(a: StepFigure, b: StepFigure): [number, number] | undefined {
  const years = [...a.points, ...b.points].map((p) => p.year);
  return years.length > 0 ? [Math.min(...years), Math.max(...years) + 1] : undefined;
}

/** The Overview's figures, each built from the dataset and the filters as a value. */
export function OverviewCharts({ filters }: { filters: Filters }) {
  const sector = useFigure(buildSectorFigure, filters);
  const status = useFigure(buildStatusFigure, filters);
  const province = useFigure(buildProvinceFigure, filters);
  const usd = useFigure(buildCompletedFigure, filters, "usd" as const);
  const mw = useFigure(buildCompletedFigure, filters, "mw" as const);
  const years = sharedYears(usd, mw);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <BarsFrame figure={sector} />
      <BarsFrame figure={status} />
      <BarsFrame figure={province} />
      <ChartFrame figure={usd}>
        <FigureStep figure={usd} domain={years} />
      </ChartFrame>
      <ReportedFrame filters={filters} />
      <ChartFrame figure={mw}>
        <FigureStep figure={mw} domain={years} />
      </ChartFrame>
    </div>
  );
}
