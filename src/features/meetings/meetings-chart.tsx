import type { Filters } from "@/data/filters";
import { ChartFrame } from "@/components/charts/chart-frame";
import { FigureColumns } from "@/components/charts/figure-columns";
import { buildMeetingsPerYearFigure } from "@/lib/figure/build/per-year";
import { useFigure } from "@/shared/use-figure";

/** JCC sessions and working-group meetings per year, drawn from its figure. */
export function MeetingsPerYearChart({ filters }: { filters: Filters }) {
  const figure = useFigure(buildMeetingsPerYearFigure, filters);
  return (
    <ChartFrame figure={figure}>
      <FigureColumns figure={figure} height={280} />
    </ChartFrame>
  );
}
