/**
 * The chart bodies the composer draws with, by figure kind. A kind may also split over pages (Paginate) and, on a screen, which has
 * no fixed height, ask for the height it needs.
 */
import type { Figure, FigureKind } from "../figure";
import { barsHeight, drawBars } from "./bars";
import { drawColumns } from "./columns";
import type { BodyRegistry, DrawContext, Paginate } from "./draw-context";
import { drawPoints } from "./points";
import { drawStep } from "./step";
import { drawGanttBody, paginateGantt } from "./gantt";
import { drawMapBody } from "./map";
import { drawTimelineBody } from "./timeline";

type Of<K extends FigureKind> = Extract<Figure, { kind: K }>;

export interface FigureRegistry {
  bodies: Partial<BodyRegistry>;
  paginators: { [K in FigureKind]?: Paginate<Of<K>> };
  /** The body height a kind needs at a width on a screen; without one it takes half the width. */
  heights: { [K in FigureKind]?: (figure: Of<K>, width: number, ctx: DrawContext) => number };
}

export const figureRegistry: FigureRegistry = {
  bodies: {
    bars: drawBars,
    columns: drawColumns,
    step: drawStep,
    points: drawPoints,
    gantt: drawGanttBody,
    timeline: drawTimelineBody,
    map: drawMapBody,
  },
  paginators: { gantt: paginateGantt },
  heights: { bars: barsHeight },
};
