/**
 * The map figure: projects on the map of Pakistan with province shading (see ./figure for what
 * every figure carries).
 */
import type { ColorToken, FigureBase, ValueUnit } from "./figure";
import type { Geography } from "./geo";

/** A [lon, lat] pair. */
export type LonLat = readonly [number, number];

export interface MapFigureMark {
  id: string;
  label: string;
  status: string;
  color: ColorToken;
  /** exact: a located site (a filled circle); town: the nearest town only (a ring); line: a route. */
  precision: "exact" | "town" | "line";
  /** One pair for a point, two (from, to) for a line. */
  coordinates: readonly LonLat[];
  /** The size measure's value (cost or capacity); null where not reported (the smallest dot). */
  size: number | null;
}

/** Projects on the map of Pakistan, with province shading. */
export interface MapFigure extends FigureBase {
  kind: "map";
  /** Lines, then points largest first, so smaller markers are drawn on top. */
  marks: readonly MapFigureMark[];
  sizeUnit: "usd-millions" | "mw";
  /** The size key's heading ("Size: cost (area proportional)"). */
  sizeLabel: string;
  /** The largest size value among the points (0 when none has one): the scale's top. */
  sizeMax: number;
  /** Reference values of the size key (sizeLegendValues of sizeMax). */
  sizeKey: readonly number[];
  /** Lines under the size key ("Smallest dot: cost not reported (3 projects)"). */
  sizeNotes: readonly string[];
  /** Province shading: each province's value and its class (-1: none). */
  provinces: readonly { key: string; label: string; value: number; shade: number }[];
  shadeLabel: string;
  shadeUnit: ValueUnit;
  /** The shade classes, each from `from` up to and including `upper`. */
  shadeClasses: readonly { from: number; upper: number }[];
  /** The word for a province with none ("None", or 0). */
  shadeNone: string;
  /**
   * Projects spanning several provinces, counted once and in no unit: a hatched box on the
   * shading scale ("Several provinces", "US$19.6bn", "21 projects"). Absent when there are none.
   */
  several?: { label: string; value: string; count: string; shade: number };
  /**
   * Map labels in the reader's language: provinces (lines split at "\n") and neighbours, by key;
   * a province's abbreviation under `short:<key>`, for when its name does not fit inside it.
   */
  placeNames: Readonly<Record<string, string>>;
  /** The zoom window shown on screen, where the reader zoomed ([west, south, east, north]). */
  view: readonly [number, number, number, number] | null;
  /** The boundaries drawn (lib/figure/geo). */
  geography: Geography;
}
