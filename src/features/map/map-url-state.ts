import { useQueryState, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { parsersOf, URL_PARAMS } from "@/lib/url-params";
import { clampZoom, MIN_ZOOM, type MapView } from "./geography";

export { MAP_LAYERS, type MapLayer } from "@/lib/url-params";

const mapViewParsers = parsersOf("mapzoom", "mapx", "mapy");

/** Which layer the map shows and how it encodes values: discrete choices, one history entry each. */
export function useMapLayer() {
  return useQueryState("maplayer", URL_PARAMS.maplayer.parser.withOptions({ history: "push" }));
}

export function useMapSize() {
  return useQueryState("mapsize", URL_PARAMS.mapsize.parser.withOptions({ history: "push" }));
}

export function useMapShade() {
  return useQueryState("mapshade", URL_PARAMS.mapshade.parser.withOptions({ history: "push" }));
}

/** Zoom and centre: continuous, so they replace the history entry instead of adding to it. */
export function useMapViewState() {
  const [values, setValues] = useQueryStates(mapViewParsers, { history: "replace" });
  const view = useMemo<MapView>(
    () => ({
      zoom: clampZoom(values.mapzoom),
      centre: values.mapx !== null && values.mapy !== null ? [values.mapx, values.mapy] : null,
    }),
    [values.mapzoom, values.mapx, values.mapy],
  );
  const setView = useMemo(
    () => (next: MapView | null) =>
      setValues(
        next === null || next.zoom <= MIN_ZOOM
          ? null
          : {
              mapzoom: clampZoom(next.zoom),
              mapx: next.centre?.[0] ?? null,
              mapy: next.centre?.[1] ?? null,
            },
      ),
    [setValues],
  );
  return [view, setView] as const;
}
