import { createParser, parseAsStringLiteral, useQueryState, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { SHADE_MEASURES, SIZE_MEASURES } from "@/data/selectors/map";
import { clampZoom, MAX_ZOOM, MIN_ZOOM, type MapView } from "./geography";

export const MAP_LAYERS = ["projects", "provinces"] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** A finite number in [min, max], rounded for a readable URL; anything else falls back to the default. */
function parseAsBoundedNumber(min: number, max: number, digits: number) {
  return createParser({
    parse: (v: string) => {
      if (!/^-?\d+(\.\d+)?$/.test(v)) return null;
      const n = Number(v);
      return n >= min && n <= max ? n : null;
    },
    serialize: (v: number) => String(Number(v.toFixed(digits))),
  });
}

const mapViewParsers = {
  mapzoom: parseAsBoundedNumber(MIN_ZOOM, MAX_ZOOM, 2).withDefault(MIN_ZOOM),
  mapx: parseAsBoundedNumber(-180, 180, 3),
  mapy: parseAsBoundedNumber(-90, 90, 3),
};

/** Which layer the map shows and how it encodes values: discrete choices, one history entry each. */
export function useMapLayer() {
  return useQueryState(
    "maplayer",
    parseAsStringLiteral(MAP_LAYERS).withDefault("projects").withOptions({ history: "push" }),
  );
}

export function useMapSize() {
  return useQueryState(
    "mapsize",
    parseAsStringLiteral(SIZE_MEASURES).withDefault("cost").withOptions({ history: "push" }),
  );
}

export function useMapShade() {
  return useQueryState(
    "mapshade",
    parseAsStringLiteral(SHADE_MEASURES).withDefault("investment").withOptions({ history: "push" }),
  );
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
