import { useSuspenseQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import { useDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import {
  selectTimelineItems,
  timelineExtent,
  timelineKinds,
  zoomRange,
  type TimelineKind,
} from "@/data/selectors/timeline";
import { buildMapFigure, type MapFigureOptions } from "@/lib/figure/build/map";
import { buildTimelineFigure } from "@/lib/figure/build/timeline";
import type { FigureContext } from "@/lib/figure/context";
import type { Figure } from "@/lib/figure/figure";
import { parsersOf } from "@/lib/url-params";
import { boundariesQueryOptions } from "@/shared/boundaries";
import { useToday } from "@/shared/today";
import { useFilters } from "@/shared/url-state";
import { useFigure } from "@/shared/use-figure";

/**
 * The figure of an embed, built from the dataset with the address's filters and language, and
 * the view's own settings the address carries, exactly as the view builds it.
 */
export function useFixedFigure(build: (dataset: Dataset, ctx: FigureContext) => Figure): Figure {
  const [filters] = useFilters();
  return useFigure(build, filters);
}

const timelineParsers = parsersOf("thide", "tfrom", "tto");

/** The timeline with the lanes the address hides and its zoom range (as the Timeline view). */
export function useTimelineFigure(): Figure {
  const [filters] = useFilters();
  const [{ thide, tfrom, tto }] = useQueryStates(timelineParsers);
  const today = useToday();
  const allKinds = useDataset(timelineKinds);
  const items = useDataset((d) => selectTimelineItems(d, filters));
  const kindsKey = allKinds.filter((k) => !thide.includes(k)).join(",");
  const zoom = zoomRange(tfrom, tto, timelineExtent(items, today));
  const from = zoom?.from ?? null;
  const to = zoom?.to ?? null;
  const options = useMemo(
    () => ({
      kinds: kindsKey ? (kindsKey.split(",") as TimelineKind[]) : [],
      range: from !== null && to !== null ? { from, to } : null,
    }),
    [kindsKey, from, to],
  );
  return useFigure(buildTimelineFigure, filters, options);
}

const mapParsers = parsersOf("mapsize", "mapshade", "mapzoom", "mapx", "mapy");

/** The map of a layer, with the address's size, shade and zoom, over the bundled boundaries. */
export function useMapFigure(layer: "projects" | "provinces"): Figure {
  const [filters] = useFilters();
  const [{ mapsize, mapshade, mapzoom, mapx, mapy }] = useQueryStates(mapParsers);
  const { data: boundaries } = useSuspenseQuery(boundariesQueryOptions);
  const options = useMemo<MapFigureOptions>(
    () => ({
      size: mapsize,
      shade: mapshade,
      view: { zoom: mapzoom, centre: mapx !== null && mapy !== null ? [mapx, mapy] : null },
      layer,
      boundaries,
    }),
    [mapsize, mapshade, mapzoom, mapx, mapy, layer, boundaries],
  );
  return useFigure(buildMapFigure, filters, options);
}
