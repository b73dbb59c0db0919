import { queryOptions } from "@tanstack/react-query";
import {
  geoContains,
  geoMercator,
  type GeoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from "d3-geo";
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiLineString,
  MultiPoint,
  MultiPolygon,
  Polygon,
} from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import type { Province } from "@/data/schema";
import { BOUNDARIES_FILE, boundariesUrl } from "./boundaries-file";
import { MAP_ZOOM_MAX, MAP_ZOOM_MIN } from "@/lib/url-params";

const UNIT_PROVINCE = {
  PB: "punjab",
  SD: "sindh",
  KP: "khyber-pakhtunkhwa",
  BA: "balochistan",
  IS: "islamabad",
  GB: "gilgit-baltistan",
  AJK: "azad-jammu-kashmir",
} as const satisfies Record<string, Province>;
type UnitId = keyof typeof UNIT_PROVINCE;

export type UnitFeature = Feature<
  Polygon | MultiPolygon,
  { id: UnitId; name: string; disputed: boolean }
> & {
  province: Province;
};
export type NeighbourFeature = Feature<Polygon | MultiPolygon, { name: string; disputed: boolean }>;

export interface Geography {
  units: UnitFeature[];
  neighbours: NeighbourFeature[];
  /** Borders between Pakistan's units. */
  provinceLines: MultiLineString;
  /** Pakistan's coast and its international borders, without the Line of Control and the Siachen line. */
  outline: MultiLineString;
  /** Borders between neighbours (the neighbours are not stroked, so that no solid line lies under a dashed one). */
  neighbourLines: MultiLineString;
  /** The Line of Control: the border of AJK and Gilgit-Baltistan with Indian-administered Kashmir. */
  lineOfControl: MultiLineString;
  /** Gilgit-Baltistan's border with the Siachen Glacier area (the line north of NJ9842). */
  siachenLine: MultiLineString;
}

interface Props {
  id?: string;
  name?: string;
  disputed?: boolean;
}

type Geometry = GeometryObject<Props>;
const idOf = (g: Geometry) => (g.properties as Props | undefined)?.id ?? "";
const nameOf = (g: Geometry) => (g.properties as Props | undefined)?.name ?? "";

function isUnitId(id: unknown): id is UnitId {
  return typeof id === "string" && Object.hasOwn(UNIT_PROVINCE, id);
}

/** Turns the topology into drawable features; fails loudly if the file is not the one expected. */
export function toGeography(topo: Topology): Geography {
  const admin = topo.objects.pakistan_admin1 as GeometryCollection<Props> | undefined;
  const neighbourObject = topo.objects.neighbours as GeometryCollection<Props> | undefined;
  if (!admin || !neighbourObject) {
    throw new Error(`${BOUNDARIES_FILE}: expected the objects "pakistan_admin1" and "neighbours"`);
  }
  const unitCollection = feature(topo, admin) as FeatureCollection<Polygon | MultiPolygon, Props>;
  const units = unitCollection.features.map((f) => {
    const id = f.properties?.id;
    if (!isUnitId(id)) throw new Error(`${BOUNDARIES_FILE}: unknown unit id "${String(id)}"`);
    return Object.assign(f, { province: UNIT_PROVINCE[id] }) as UnitFeature;
  });
  const missing = (Object.keys(UNIT_PROVINCE) as UnitId[]).filter(
    (id) => !units.some((u) => u.properties.id === id),
  );
  if (missing.length > 0)
    throw new Error(`${BOUNDARIES_FILE}: missing units ${missing.join(", ")}`);
  const neighbours = (
    feature(topo, neighbourObject) as FeatureCollection<Polygon | MultiPolygon, Props>
  ).features as NeighbourFeature[];

  const both = {
    type: "GeometryCollection",
    geometries: [...admin.geometries, ...neighbourObject.geometries],
  } as GeometryCollection<Props>;
  const between =
    (ids: readonly string[], names: readonly string[]) => (a: Geometry, b: Geometry) =>
      a !== b &&
      ((ids.includes(idOf(a)) && names.includes(nameOf(b))) ||
        (ids.includes(idOf(b)) && names.includes(nameOf(a))));

  const isUnit = (g: Geometry) => isUnitId(idOf(g));
  const isLoc = between(["AJK", "GB"], ["India"]);
  const isSiachen = between(["GB"], ["Siachen Glacier"]);

  return {
    units,
    neighbours,
    provinceLines: mesh(topo, admin, (a, b) => a !== b),
    outline: mesh(
      topo,
      both,
      (a, b) =>
        (a === b && isUnit(a)) || (isUnit(a) !== isUnit(b) && !isLoc(a, b) && !isSiachen(a, b)),
    ),
    neighbourLines: mesh(topo, neighbourObject, (a, b) => a !== b),
    lineOfControl: mesh(topo, both, isLoc),
    siachenLine: mesh(topo, both, isSiachen),
  };
}

async function loadBoundaries(): Promise<Geography> {
  // The single-file build, opened from disk where fetch is not allowed, has the boundaries compiled in.
  if (import.meta.env.VITE_EMBED_DATA === "1") {
    const embedded = await import("../../../public/data/pakistan.topo.json");
    return toGeography(embedded.default as unknown as Topology);
  }
  const response = await fetch(boundariesUrl());
  if (!response.ok)
    throw new Error(
      `${BOUNDARIES_FILE}: the server answered ${response.status} ${response.statusText}`,
    );
  return toGeography((await response.json()) as Topology);
}

/** The map's own data source: bundled, so it never goes stale. */
export const boundariesQueryOptions = queryOptions({
  queryKey: ["boundaries"],
  queryFn: loadBoundaries,
  staleTime: "static",
  retry: false,
});

/** The province or territory containing a point, or null outside Pakistan. */
export function provinceAt(geo: Geography, [lon, lat]: readonly [number, number]): Province | null {
  return geo.units.find((u) => geoContains(u, [lon, lat]))?.province ?? null;
}

/** The area the map frames at zoom 1: Pakistan with a margin showing its neighbours. */
export const MAP_EXTENT = { west: 60.4, east: 78.2, south: 23.2, north: 37.4 } as const;

// Corners, not edges: d3 draws lines as great circles, which would bulge past the parallels.
const extentFeature: Feature<MultiPoint, GeoJsonProperties> = {
  type: "Feature",
  properties: {},
  geometry: {
    type: "MultiPoint",
    coordinates: [
      [MAP_EXTENT.west, MAP_EXTENT.south],
      [MAP_EXTENT.east, MAP_EXTENT.south],
      [MAP_EXTENT.west, MAP_EXTENT.north],
      [MAP_EXTENT.east, MAP_EXTENT.north],
    ],
  },
};

/** The zoom range the address accepts (lib/url-params). */
export const MIN_ZOOM = MAP_ZOOM_MIN;
export const MAX_ZOOM = MAP_ZOOM_MAX;

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
    extentFeature,
  );
  const centre = view.centre ?? projection.invert?.([width / 2, height / 2]);
  if (!centre) return projection;
  projection.scale(projection.scale() * clampZoom(view.zoom));
  projection.translate([0, 0]);
  const [x, y] = projection(clampCentre([centre[0], centre[1]])) ?? [0, 0];
  return projection.translate([width / 2 - x, height / 2 - y]);
}

/**
 * True when no land is in the width × height box: no province and no neighbouring country comes
 * within it (a hand-edited `mapx`/`mapy` far out at sea). Compared by bounding boxes, so it may
 * miss a box that shows only sea beside a coast, but never calls a view with land "only sea".
 */
export function showsOnlySea(
  shapes: readonly GeoPermissibleObjects[],
  path: GeoPath,
  width: number,
  height: number,
): boolean {
  return !shapes.some((shape) => {
    const [[x0, y0], [x1, y1]] = path.bounds(shape);
    return x1 >= 0 && x0 <= width && y1 >= 0 && y0 <= height;
  });
}

/** The centre after dragging the map by (dx, dy) pixels. */
export function pannedCentre(
  projection: GeoProjection,
  width: number,
  height: number,
  dx: number,
  dy: number,
) {
  const c = projection.invert?.([width / 2 - dx, height / 2 - dy]);
  return c ? clampCentre([c[0], c[1]]) : null;
}

/** The centre that keeps the place under (px, py) still while zooming by `factor`. */
export function zoomedCentre(
  projection: GeoProjection,
  width: number,
  height: number,
  px: number,
  py: number,
  factor: number,
) {
  const x = px + (width / 2 - px) / factor;
  const y = py + (height / 2 - py) / factor;
  const c = projection.invert?.([x, y]);
  return c ? clampCentre([c[0], c[1]]) : null;
}

/** The topology covers lon 59–81 E, lat 22–40 N; the map must not show past it. */
export const DATA_FRAME = { west: 59, east: 81 } as const;

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
