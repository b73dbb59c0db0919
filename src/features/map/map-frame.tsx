import { useQuery } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import type { MapFigure } from "@/lib/figure/figure-map";
import { boundariesQueryOptions } from "@/shared/boundaries";

/**
 * The map's frame. The boundaries reach the figure here, not in the view: when they arrive, only
 * the frame (its caption and menu) is drawn again, not the view's controls and project list, and
 * the figure is not built a second time for them.
 */
export function MapFrame({ figure, children }: { figure: MapFigure; children: ReactNode }) {
  const { data: geography } = useQuery(boundariesQueryOptions);
  const drawn = useMemo(() => (geography ? { ...figure, geography } : figure), [figure, geography]);
  return <ChartFrame figure={drawn}>{children}</ChartFrame>;
}
