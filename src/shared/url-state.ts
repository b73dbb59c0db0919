import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsString,
  parseAsStringLiteral,
  useQueryState,
  useQueryStates,
} from "nuqs";
import { startTransition, useEffect, useMemo, useState } from "react";
import { sameFilters, type Filters } from "@/data/filters";
import { PROVINCES, SECTORS, STATUSES } from "@/data/vocabulary";

/**
 * The URL is the app's state: readable query parameters (not paths, so the same link works on any
 * static host and from a file), defaults left out. Every parser turns a malformed value into its
 * default, so a hand-edited URL never breaks the page.
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

export const LANGUAGES = ["en", "ur", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Years outside this range are not CPEC years; the parser drops them. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

export const parseAsYear = createParser({
  parse: (v: string) => {
    if (!/^\d{4}$/.test(v)) return null;
    const year = Number(v);
    return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
  },
  serialize: (v: number) => String(v),
});

/** A list of known values; unknown ones are dropped and repeats removed. */
function parseAsSet<const T extends string>(values: readonly T[]) {
  const list = parseAsArrayOf(parseAsStringLiteral(values));
  return createParser({
    parse: (v: string) => {
      const parsed = list.parse(v);
      return parsed === null ? null : [...new Set(parsed)];
    },
    serialize: (v: T[]) => list.serialize(v),
    eq: (a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]),
  }).withDefault([] as T[]);
}

/** Free text, bounded: a very long or pasted value is cut, never rejected. */
export const QUERY_MAX_LENGTH = 100;
const parseAsQuery = createParser({
  parse: (v: string) => v.slice(0, QUERY_MAX_LENGTH),
  serialize: (v: string) => v,
}).withDefault("");

export const filterParsers = {
  sector: parseAsSet(SECTORS),
  status: parseAsSet(STATUSES),
  province: parseAsSet(PROVINCES),
  from: parseAsYear,
  to: parseAsYear,
  q: parseAsQuery,
};

export const appParsers = {
  view: parseAsStringLiteral(VIEWS).withDefault("overview"),
  lang: parseAsStringLiteral(LANGUAGES).withDefault("en"),
  ...filterParsers,
};

export const loadUrlState = createLoader(appParsers);
export const serializeUrlState = createSerializer(appParsers);

interface FilterValues {
  sector: Filters["sectors"];
  status: Filters["statuses"];
  province: Filters["provinces"];
  from: number | null;
  to: number | null;
  q: string;
}

/** URL values → the Filters model; a reversed year range is read in order. */
export function toFilters(v: FilterValues): Filters {
  let from = v.from;
  let to = v.to;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { sectors: v.sector, statuses: v.status, provinces: v.province, from, to, query: v.q };
}

export function useView() {
  return useQueryState("view", appParsers.view.withOptions({ history: "push", scroll: true }));
}

export function useLanguage() {
  return useQueryState("lang", appParsers.lang.withOptions({ history: "push" }));
}

export function useFilters() {
  const [values, setValues] = useQueryStates(filterParsers, { history: "push" });
  const filters = useMemo(() => toFilters(values), [values]);
  const setFilters = useMemo(
    () => ({
      setSectors: (sector: Filters["sectors"]) => setValues({ sector: [...sector] }),
      setStatuses: (status: Filters["statuses"]) => setValues({ status: [...status] }),
      setProvinces: (province: Filters["provinces"]) => setValues({ province: [...province] }),
      setYears: (from: number | null, to: number | null) => setValues({ from, to }),
      setQuery: (q: string) => setValues({ q }, { history: "replace" }),
      reset: () => setValues(null),
    }),
    [setValues],
  );
  return [filters, setFilters] as const;
}

/**
 * The filters a view draws its content with. They follow the filter controls a moment later, in a
 * render React can interrupt: a click on a filter paints at once (the control, the chips, the
 * count), and the view's content follows without freezing the page, however long it takes to
 * redraw. `pending` is true while the content still shows the previous filters. The content
 * must sit in a `memo` component that takes `filters` as a prop, so the first, urgent render
 * skips it.
 */
export function useDeferredFilters(): { filters: Filters; pending: boolean } {
  const [filters] = useFilters();
  const [shown, setShown] = useState(filters);
  // Compared by value: the URL state hands out a new object for the same filters now and then
  // (at start, for one), and redrawing a view for nothing is the costliest render there is.
  const same = sameFilters(shown, filters);
  useEffect(() => {
    if (same) return;
    // After the browser has painted what the click changed, not before: the redraw may hold the
    // main thread for a while on a large dataset, and the click must be seen answered first.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown(filters)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [filters, same]);
  return { filters: shown, pending: !same };
}

/** The project whose detail is open, anywhere in the app. */
export function useSelectedProject() {
  return useQueryState("project", parseAsString.withOptions({ history: "push" }));
}
