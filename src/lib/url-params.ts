import { createLoader, parseAsStringLiteral } from "nuqs";
import type { Filters } from "@/data/filters";
import { REPORTED_METRICS } from "@/data/selectors/aggregates";
import { DOCUMENT_SORT_KEYS } from "@/data/selectors/documents";
import { GANTT_GROUPINGS } from "@/data/selectors/gantt";
import { SHADE_MEASURES, SIZE_MEASURES } from "@/data/selectors/map";
import { SORT_KEYS } from "@/data/selectors/project-table";
import { TIMELINE_KINDS } from "@/data/selectors/timeline";
import { PROVINCES, SECTORS, STATUSES } from "@/data/vocabulary";
import { AMOUNT_SCALES, DIGITS } from "./format";
import {
  parseAsBoundedNumber,
  parseAsBoundedText,
  parseAsCount,
  parseAsFlag,
  parseAsRecordId,
  parseAsSet,
  parseAsTimelineItem,
  parseAsYear,
  parseAsYearOrMonth,
} from "./url-parsers";

/**
 * Every query parameter the dashboard reads or writes, described once: its parser (and default),
 * what it accepts (the rule the address audit explains), the views that use it, and the message
 * keys that name it in a notice and document it in the Sources view. The nuqs hooks, the audit and
 * its notices, the filters in words, the Sources list and the tests all derive from this table:
 * a parameter that is not here does not exist.
 */

export const VIEWS = [
  "overview",
  "projects",
  "timeline",
  "map",
  "meetings",
  "documents",
  "sources",
] as const;
export type View = (typeof VIEWS)[number];

/**
 * Whether a view draws figures: the Sources view is lists and text, so it has nothing to present
 * or to put on slides.
 */
export function viewHasFigures(view: View): boolean {
  return view !== "sources";
}

export const LANGUAGES = ["en", "ur", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

export const QUERY_MAX_LENGTH = 100;
export const EMBED_ID_MAX_LENGTH = 100;
export const MAP_LAYERS = ["projects", "provinces"] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];
export const MAP_ZOOM_MIN = 1;
export const MAP_ZOOM_MAX = 8;
export const DOCUMENT_SORTS = DOCUMENT_SORT_KEYS.flatMap((k) => [`${k}-asc`, `${k}-desc`] as const);

/** What a parameter accepts, in the terms a notice explains it. */
export type ParamRule =
  | { type: "choice"; values: readonly string[] }
  | { type: "set"; values: readonly string[] }
  | { type: "year" }
  | { type: "year-or-month" }
  | { type: "number"; min: number; max: number }
  | { type: "count" }
  | { type: "flag" }
  | { type: "text"; max: number }
  | { type: "id"; collection: "projects" | "documents" | "meetings" }
  | { type: "timeline-item" };

/**
 * How an active filter is said in the filters a figure was drawn under ("Sector: Energy"):
 * `field` of the Filters value, the message key of its name and the key prefix of its values.
 */
export type FilterWords =
  | { kind: "list"; field: "sectors" | "statuses" | "provinces"; label: string; values: string }
  /** The year range, said once for `from` and `to` together. */
  | { kind: "years" }
  | { kind: "query" };

interface Param<P> {
  parser: P;
  rule: ParamRule;
  /** The views that read it; "all" for the app-wide ones. */
  views: readonly View[] | "all";
  words?: FilterWords;
  /**
   * False for the state of a presentation (present mode and its step): the link a figure carries
   * in its footer reopens the view, not the presentation it was exported from.
   */
  inLink?: false;
}

function param<P>(
  parser: P,
  rule: ParamRule,
  views: readonly View[] | "all",
  words?: FilterWords,
): Param<P> {
  return { parser, rule, views, ...(words && { words }) };
}

/** A parameter of the presentation, left out of a figure's link (see `viewLink`). */
function presentation<P>(p: Param<P>): Param<P> {
  return { ...p, inLink: false };
}

function choice<const T extends string>(
  values: readonly T[],
  fallback: T,
  views: Param<0>["views"],
) {
  return param(
    parseAsStringLiteral(values).withDefault(fallback),
    { type: "choice", values },
    views,
  );
}

function filterSet<const T extends string>(
  values: readonly T[],
  field: "sectors" | "statuses" | "provinces",
  name: string,
) {
  return param(parseAsSet(values), { type: "set", values }, "all", {
    kind: "list",
    field,
    label: `filters.${name}`,
    values: name,
  });
}

const timelineBound = param(parseAsYearOrMonth, { type: "year-or-month" }, ["timeline"]);
const mapCoordinate = (limit: number) =>
  param(parseAsBoundedNumber(-limit, limit, 3), { type: "number", min: -limit, max: limit }, [
    "map",
  ]);

/** The registry. Its order is the order of the Sources list and of the filters in words. */
export const URL_PARAMS = {
  view: choice(VIEWS, "overview", "all"),
  lang: choice(LANGUAGES, "en", "all"),
  digits: choice(DIGITS, "latn", "all"),
  // No default: absent, the scale follows the language (lib/format defaultAmountScale).
  amounts: param(
    parseAsStringLiteral(AMOUNT_SCALES),
    { type: "choice", values: AMOUNT_SCALES },
    "all",
  ),
  sector: filterSet(SECTORS, "sectors", "sector"),
  status: filterSet(STATUSES, "statuses", "status"),
  province: filterSet(PROVINCES, "provinces", "province"),
  from: param(parseAsYear, { type: "year" }, "all", { kind: "years" }),
  // Said with `from`, as one range.
  to: param(parseAsYear, { type: "year" }, "all"),
  q: param(parseAsBoundedText(QUERY_MAX_LENGTH), { type: "text", max: QUERY_MAX_LENGTH }, "all", {
    kind: "query",
  }),
  project: param(parseAsRecordId, { type: "id", collection: "projects" }, "all"),
  present: presentation(param(parseAsFlag, { type: "flag" }, "all")),
  step: presentation(param(parseAsCount.withDefault(1), { type: "count" }, "all")),
  // The one figure an embed code shows (features/embed); an id it does not know gets a notice there.
  embed: param(
    parseAsBoundedText(EMBED_ID_MAX_LENGTH),
    { type: "text", max: EMBED_ID_MAX_LENGTH },
    "all",
  ),
  reported: choice(REPORTED_METRICS, "direct-investment-usd-bn", ["overview"]),
  sort: choice(SORT_KEYS, "cost", ["projects"]),
  dir: choice(["asc", "desc"], "desc", ["projects"]),
  gantt: choice(GANTT_GROUPINGS, "sector", ["projects"]),
  thide: param(parseAsSet(TIMELINE_KINDS), { type: "set", values: TIMELINE_KINDS }, ["timeline"]),
  tfrom: timelineBound,
  tto: timelineBound,
  titem: param(parseAsTimelineItem, { type: "timeline-item" }, ["timeline"]),
  maplayer: choice(MAP_LAYERS, "projects", ["map"]),
  mapsize: choice(SIZE_MEASURES, "cost", ["map"]),
  mapshade: choice(SHADE_MEASURES, "investment", ["map"]),
  mapzoom: param(
    parseAsBoundedNumber(MAP_ZOOM_MIN, MAP_ZOOM_MAX, 2).withDefault(MAP_ZOOM_MIN),
    { type: "number", min: MAP_ZOOM_MIN, max: MAP_ZOOM_MAX },
    ["map"],
  ),
  mapx: mapCoordinate(180),
  mapy: mapCoordinate(90),
  meeting: param(parseAsRecordId, { type: "id", collection: "meetings" }, ["meetings"]),
  doc: param(parseAsRecordId, { type: "id", collection: "documents" }, ["documents"]),
  docsort: choice(DOCUMENT_SORTS, "date-desc", ["documents"]),
  srcq: param(parseAsBoundedText(QUERY_MAX_LENGTH), { type: "text", max: QUERY_MAX_LENGTH }, [
    "sources",
  ]),
};

export type ParamName = keyof typeof URL_PARAMS;
export const PARAM_NAMES = Object.keys(URL_PARAMS) as ParamName[];

/** A name from the address that is one of ours (never an inherited property such as `toString`). */
export function isParamName(name: string): name is ParamName {
  return Object.hasOwn(URL_PARAMS, name);
}

/** The parsers of the named parameters, for nuqs's useQueryStates, createLoader and createSerializer. */
export function parsersOf<const N extends ParamName>(
  ...names: N[]
): { [K in N]: (typeof URL_PARAMS)[K]["parser"] } {
  return Object.fromEntries(names.map((n) => [n, URL_PARAMS[n].parser])) as {
    [K in N]: (typeof URL_PARAMS)[K]["parser"];
  };
}

/** The filters in words, in the registry's order (the filter bar's). */
export const FILTER_WORDS: readonly FilterWords[] = Object.values(URL_PARAMS).flatMap(
  (p: Param<unknown>) => (p.words ? [p.words] : []),
);

/** URL values → the Filters model; a reversed year range is read in order. */
export function toFilters(v: {
  sector: Filters["sectors"];
  status: Filters["statuses"];
  province: Filters["provinces"];
  from: number | null;
  to: number | null;
  q: string;
}): Filters {
  let { from, to } = v;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { sectors: v.sector, statuses: v.status, provinces: v.province, from, to, query: v.q };
}

const loadFilterValues = createLoader({
  sector: URL_PARAMS.sector.parser,
  status: URL_PARAMS.status.parser,
  province: URL_PARAMS.province.parser,
  from: URL_PARAMS.from.parser,
  to: URL_PARAMS.to.parser,
  q: URL_PARAMS.q.parser,
});

/** The filters an address describes, read by the same parsers as the page. */
export function filtersFromSearch(search: URLSearchParams | string): Filters {
  return toFilters(loadFilterValues(search));
}

/**
 * The filters as the address writes them ("sector=energy,transport; from=2015"), each by its own
 * parser, in the registry's order; "" when none is set. Written into downloaded files so a file
 * says what it holds.
 */
export function filtersInAddress(f: Filters): string {
  const { sector, status, province, from, to, q } = URL_PARAMS;
  const parts = [
    f.sectors.length > 0 && `sector=${sector.parser.serialize([...f.sectors])}`,
    f.statuses.length > 0 && `status=${status.parser.serialize([...f.statuses])}`,
    f.provinces.length > 0 && `province=${province.parser.serialize([...f.provinces])}`,
    f.from !== null && `from=${from.parser.serialize(f.from)}`,
    f.to !== null && `to=${to.parser.serialize(f.to)}`,
    f.query.trim() !== "" && `q=${q.parser.serialize(f.query.trim())}`,
  ];
  return parts.filter((p) => p !== false).join("; ");
}

/** Message keys: the parameter's name in a notice, and its line in the Sources list. */
export const paramLabelKey = (name: ParamName) => `urlParams.${name}.label`;
export const paramDocKey = (name: ParamName) => `urlParams.${name}.doc`;

/**
 * The link that reopens a view from an address: the address without the parameters of a
 * presentation (`present`, `step`), so a figure exported from present mode links to its view.
 */
export function viewLink(href: string): string {
  const hash = href.indexOf("#");
  const head = hash < 0 ? href : href.slice(0, hash);
  const query = head.indexOf("?");
  if (query < 0) return href;
  // The kept pairs as written (a list stays "energy,transport", not re-encoded "%2C").
  const kept = head
    .slice(query + 1)
    .split("&")
    .filter((pair) => {
      const name = decodeURIComponentSafe(pair.split("=")[0] ?? "");
      return !(isParamName(name) && (URL_PARAMS[name] as Param<unknown>).inLink === false);
    });
  const rest = kept.length > 0 ? `?${kept.join("&")}` : "";
  return `${head.slice(0, query)}${rest}${hash < 0 ? "" : href.slice(hash)}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
