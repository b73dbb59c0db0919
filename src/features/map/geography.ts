import { geoMercator, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import { zoomIdentity, type ZoomTransform } from "d3-zoom";
import { MAP_ZOOM_MAX, MAP_ZOOM_MIN } from "@/lib/url-params";
import { DATA_FRAME, MAP_EXTENT, MAP_EXTENT_FEATURE } from "@/lib/figure/geo";

/** The zoom range the address accepts (lib/url-params). */
export const MIN_ZOOM = MAP_ZOOM_MIN;
export const MAX_ZOOM = MAP_ZOOM_MAX;

/**
 * True when no land is in the width × height box: no province and no neighbouring country comes
 * within it (a hand-edited `mapx`/`mapy` far out at sea). Compared by bounding boxes, so it may
 * miss a box that shows only sea beside a coast, but never calls a view with land "only sea".
 */
export function showsOnlySea(
  shapes: readonly GeoPermissibleObjects[],
  path: Pick<GeoPath, "bounds">,
  width: number,
  height: number,
): boolean {
  return !shapes.some((shape) => {
    const [[x0, y0], [x1, y1]] = path.bounds(shape);
    return x1 >= 0 && x0 <= width && y1 >= 0 && y0 <= height;
  });
}

export interface MapView {
  zoom: number;
  /** The longitude and latitude at the centre of the map, or null for the fitted centre. */
  centre: readonly [number, number] | null;
}

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

export function clampCentre([lon, lat]: readonly [number, number]): [number, number] {
  return [
    Math.min(MAP_EXTENT.east, Math.max(MAP_EXTENT.west, lon)),
    Math.min(MAP_EXTENT.north, Math.max(MAP_EXTENT.south, lat)),
  ];
}

/** Mercator fitted to the extent in a width × height box, then zoomed about the chosen centre. */
export function makeProjection(width: number, height: number, view: MapView): GeoProjection {
  const projection = geoMercator().fitExtent(
    [
      [4, 4],
      [Math.max(5, width - 4), Math.max(5, height - 4)],
    ],
    MAP_EXTENT_FEATURE,
  );
  const centre = view.centre ?? projection.invert?.([width / 2, height / 2]);
  if (!centre) return projection;
  projection.scale(projection.scale() * clampZoom(view.zoom));
  projection.translate([0, 0]);
  const [x, y] = projection(clampCentre([centre[0], centre[1]])) ?? [0, 0];
  return projection.translate([width / 2 - x, height / 2 - y]);
}

/**
 * The zoom as d3-zoom's transform of the map fitted at zoom 1 (`base`): the fitted map scaled by
 * the zoom about the chosen centre, which is what makeProjection draws.
 */
export function viewToTransform(
  view: MapView,
  base: GeoProjection,
  width: number,
  height: number,
): ZoomTransform {
  const k = clampZoom(view.zoom);
  if (k <= MIN_ZOOM) return zoomIdentity;
  const centre = view.centre ?? base.invert?.([width / 2, height / 2]) ?? null;
  if (!centre) return zoomIdentity;
  const [x, y] = base(clampCentre([centre[0], centre[1]])) ?? [width / 2, height / 2];
  return zoomIdentity.translate(width / 2 - k * x, height / 2 - k * y).scale(k);
}

/** The zoom and centre (for the address) that a d3-zoom transform of the fitted map shows. */
export function transformToView(
  transform: ZoomTransform,
  base: GeoProjection,
  width: number,
  height: number,
): MapView {
  const zoom = clampZoom(transform.k);
  if (zoom <= MIN_ZOOM) return { zoom: MIN_ZOOM, centre: null };
  const c = base.invert?.(transform.invert([width / 2, height / 2]));
  return { zoom, centre: c ? clampCentre([c[0], c[1]]) : null };
}

/**
 * The map's size for the space available: about square, at most 720 px high, and never wider than
 * the boundary data reaches at that height (beyond it there would be nothing to draw).
 */
export function mapSize(available: number): { width: number; height: number } {
  const height = mapHeight(available);
  const projection = makeProjection(available, height, { zoom: 1, centre: null });
  const [west] = projection([DATA_FRAME.west, 30]) ?? [0];
  const [east] = projection([DATA_FRAME.east, 30]) ?? [available];
  // the map stays centred on the extent, so the nearer edge of the data decides
  const half = Math.min(available / 2 - west, east - available / 2);
  return { width: Math.floor(Math.min(available, 2 * half)), height };
}

/** Map height for a width: the extent is about square; narrow screens get a little more height. */
export function mapHeight(width: number): number {
  return Math.round(Math.min(720, Math.max(300, width * 0.92)));
}
