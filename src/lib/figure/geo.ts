/**
 * Pakistan's boundaries as drawable features, and where the map's names go: what every drawing of
 * the map needs (the screen's interactive map and the figure drawn for a slide or a page). Pure:
 * the topology comes in as an argument (the map view loads public/data/pakistan.topo.json).
 */
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiLineString,
  MultiPoint,
  MultiPolygon,
  Polygon,
} from "geojson";
import { geoContains } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import type { Province } from "@/data/schema";

/** The bundled boundaries' file name, for error messages. */
const FILE = "pakistan.topo.json";

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

/** No boundaries (not loaded yet): a map figure then has its caption and marks but no shapes. */
const NO_LINES: MultiLineString = { type: "MultiLineString", coordinates: [] };
export const NO_GEOGRAPHY: Geography = {
  units: [],
  neighbours: [],
  provinceLines: NO_LINES,
  outline: NO_LINES,
  neighbourLines: NO_LINES,
  lineOfControl: NO_LINES,
  siachenLine: NO_LINES,
};

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
    throw new Error(`${FILE}: expected the objects "pakistan_admin1" and "neighbours"`);
  }
  const unitCollection = feature(topo, admin) as FeatureCollection<Polygon | MultiPolygon, Props>;
  const units = unitCollection.features.map((f) => {
    const id = f.properties?.id;
    if (!isUnitId(id)) throw new Error(`${FILE}: unknown unit id "${String(id)}"`);
    return Object.assign(f, { province: UNIT_PROVINCE[id] }) as UnitFeature;
  });
  const missing = (Object.keys(UNIT_PROVINCE) as UnitId[]).filter(
    (id) => !units.some((u) => u.properties.id === id),
  );
  if (missing.length > 0) throw new Error(`${FILE}: missing units ${missing.join(", ")}`);
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

/** The province or territory containing a point, or null outside Pakistan. */
export function provinceAt(geo: Geography, [lon, lat]: readonly [number, number]): Province | null {
  return geo.units.find((u) => geoContains(u, [lon, lat]))?.province ?? null;
}

/** The area the map frames at zoom 1: Pakistan with a margin showing its neighbours. */
export const MAP_EXTENT = { west: 60.4, east: 78.2, south: 23.2, north: 37.4 } as const;

/** The topology covers lon 59–81 E, lat 22–40 N; the map must not show past it. */
export const DATA_FRAME = { west: 59, east: 81 } as const;

/**
 * A box as its four corners, to fit a projection to. Corners, not edges: d3 draws lines as great
 * circles, which would bulge past the parallels.
 */
export function boxFeature(
  west: number,
  south: number,
  east: number,
  north: number,
): Feature<MultiPoint, GeoJsonProperties> {
  return {
    type: "Feature",
    properties: {},
    geometry: {
      type: "MultiPoint",
      coordinates: [
        [west, south],
        [east, south],
        [west, north],
        [east, north],
      ],
    },
  };
}

export const MAP_EXTENT_FEATURE = boxFeature(
  MAP_EXTENT.west,
  MAP_EXTENT.south,
  MAP_EXTENT.east,
  MAP_EXTENT.north,
);

/**
 * Where names go on the map, in longitude and latitude, chosen by eye to stay clear of the densest
 * project clusters. Islamabad and Azad Jammu & Kashmir are too small to hold their names: theirs sit
 * beside them with a leader line, over Pakistani territory.
 */
export interface UnitLabel {
  at: readonly [number, number];
  anchor: "start" | "middle" | "end";
  /** The unit's own point a leader line runs to, for units too small for their name. */
  leader?: readonly [number, number];
}

export const UNIT_LABELS: Record<Province, UnitLabel> = {
  balochistan: { at: [64.4, 28.0], anchor: "middle" },
  sindh: { at: [68.6, 26.4], anchor: "middle" },
  punjab: { at: [72.0, 31.5], anchor: "middle" },
  "khyber-pakhtunkhwa": { at: [70.3, 32.4], anchor: "middle" },
  "gilgit-baltistan": { at: [75.2, 36.1], anchor: "middle" },
  "azad-jammu-kashmir": { at: [72.8, 35.2], anchor: "end", leader: [73.65, 34.6] },
  islamabad: { at: [72.4, 33.55], anchor: "end", leader: [73.0, 33.65] },
};

/** Neighbours worth naming inside the frame, and the sea. */
export const NEIGHBOUR_LABELS = [
  { key: "Afghanistan", at: [65.6, 33.4] },
  { key: "Iran", at: [61.3, 26.8] },
  { key: "India", at: [75.8, 27.6] },
  { key: "China", at: [77.2, 36.7] },
  { key: "Tajikistan", at: [72.4, 37.3] },
  { key: "sea", at: [64.6, 24.0] },
] as const;
