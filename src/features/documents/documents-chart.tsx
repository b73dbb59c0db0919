import type { Filters } from "@/data/filters";
import { ChartFrame } from "@/components/charts/chart-frame";
import { FigureColumns } from "@/components/charts/figure-columns";
import { buildDocumentsPerYearFigure } from "@/lib/figure/build/per-year";
import { useFigure } from "@/shared/use-figure";

/** Instruments signed per year by type, drawn from its figure. */
export function DocumentsPerYearChart({ filters }: { filters: Filters }) {
  const figure = useFigure(buildDocumentsPerYearFigure, filters);
  return (
    <ChartFrame figure={figure}>
      <FigureColumns figure={figure} height={300} />
    </ChartFrame>
  );
}
