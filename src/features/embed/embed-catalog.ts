import type { Dataset } from "@/data/schema";
import { REPORTED_METRICS } from "@/data/selectors/aggregates";
import { GANTT_GROUPINGS } from "@/data/selectors/gantt";
import { buildGanttFigure } from "@/lib/figure/build/gantt";
import {
  buildProvinceFigure,
  buildSectorFigure,
  buildStatusFigure,
} from "@/lib/figure/build/overview-bars";
import { buildCompletedFigure, buildReportedFigure } from "@/lib/figure/build/overview-time";
import {
  buildDocumentsPerYearFigure,
  buildMeetingsPerYearFigure,
} from "@/lib/figure/build/per-year";
import type { FigureContext } from "@/lib/figure/context";
import type { Figure } from "@/lib/figure/figure";
import type { View } from "@/lib/url-params";

/** A builder with its options fixed by the figure's id. */
type Build = (dataset: Dataset, ctx: FigureContext) => Figure;

/**
 * How an embed draws a figure, found by the figure's id (`embed=overview.by-sector`):
 * - `fixed`: a builder whose options the id says (the Gantt's grouping, the reported metric);
 * - `timeline`, `map`: the builder takes the view's own state from the rest of the address (the
 *   lanes hidden and the zoom range; the size, shade and zoom of the map, and its boundaries).
 * `view` is the view the figure lives in, for the link back to the full dashboard.
 */
export type EmbedSpec =
  | { kind: "fixed"; view: View; build: Build }
  | { kind: "timeline"; view: "timeline" }
  | { kind: "map"; view: "map"; layer: "projects" | "provinces" };

const fixed = (view: View, build: Build): EmbedSpec => ({ kind: "fixed", view, build });

/** Every figure an embed can show, by the id its builder gives it (lib/figure/build). */
const CATALOG = new Map<string, EmbedSpec>([
  ["overview.by-sector", fixed("overview", buildSectorFigure)],
  ["overview.by-status", fixed("overview", buildStatusFigure)],
  ["overview.by-province", fixed("overview", buildProvinceFigure)],
  ["overview.over-time-usd", fixed("overview", (d, c) => buildCompletedFigure(d, c, "usd"))],
  ["overview.over-time-mw", fixed("overview", (d, c) => buildCompletedFigure(d, c, "mw"))],
  ...REPORTED_METRICS.map(
    (m) =>
      [
        `overview.reported.${m}`,
        fixed("overview", (d, c) => buildReportedFigure(d, c, m)),
      ] as const,
  ),
  ...GANTT_GROUPINGS.map(
    (g) =>
      [
        `projects.gantt.${g}`,
        fixed("projects", (d, c) => buildGanttFigure(d, c, { grouping: g })),
      ] as const,
  ),
  ["meetings.per-year", fixed("meetings", buildMeetingsPerYearFigure)],
  ["documents.per-year", fixed("documents", buildDocumentsPerYearFigure)],
  ["timeline.chart", { kind: "timeline", view: "timeline" }],
  ["map.projects", { kind: "map", view: "map", layer: "projects" }],
  ["map.provinces", { kind: "map", view: "map", layer: "provinces" }],
]);

/** The embed of a figure id from the address; null for an id no figure has. */
export function embedSpec(id: string): EmbedSpec | null {
  return CATALOG.get(id) ?? null;
}

/** The ids an embed knows, in the dashboard's order. */
export const EMBED_IDS: readonly string[] = [...CATALOG.keys()];
