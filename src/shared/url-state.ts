import { createLoader, createSerializer, useQueryState, useQueryStates } from "nuqs";
import { useDeferredValue, useMemo, useState } from "react";
import { sameFilters, type Filters } from "@/data/filters";
import { parsersOf, toFilters, URL_PARAMS } from "@/lib/url-params";

/**
 * The URL is the app's state: readable query parameters (not paths, so the same link works on any
 * static host and from a file), defaults left out. The parameters and their parsers are described
 * once, in lib/url-params; every parser turns a malformed value into its default, so a hand-edited
 * URL never breaks the page.
 */

export {
  LANGUAGES,
  QUERY_MAX_LENGTH,
  toFilters,
  VIEWS,
  type Language,
  type View,
} from "@/lib/url-params";
export { parseAsYear, YEAR_MAX, YEAR_MIN } from "@/lib/url-parsers";

export const filterParsers = parsersOf("sector", "status", "province", "from", "to", "q");
export const appParsers = { ...parsersOf("view", "lang"), ...filterParsers };

export const loadUrlState = createLoader(appParsers);
export const serializeUrlState = createSerializer(appParsers);

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
      // Written in order, so the link reads as the page shows it.
      setYears: (from: number | null, to: number | null) =>
        setValues(
          from !== null && to !== null && from > to ? { from: to, to: from } : { from, to },
        ),
      setQuery: (q: string) => setValues({ q }, { history: "replace" }),
      reset: () => setValues(null),
    }),
    [setValues],
  );
  return [filters, setFilters] as const;
}

/**
 * The filters a view draws its content with: React's deferred value of the filters in the URL. A
 * click on a filter paints at once (the control, the chips, the count), and the view's content
 * follows in a render React can interrupt, without freezing the page however long the redraw
 * takes. `pending` is true while the content still shows the previous filters. The content must
 * sit in a `memo` component that takes `filters` as a prop, so the first, urgent render skips it.
 */
export function useDeferredFilters(): { filters: Filters; pending: boolean } {
  const [filters] = useFilters();
  // Compared by value: the URL state hands out a new object for the same filters now and then
  // (at start, for one), and redrawing a view for nothing is the costliest render there is. The
  // last filters are kept as state, updated during render (React's pattern for a value derived
  // from the previous render), so equal filters keep the same object.
  const [current, setCurrent] = useState(filters);
  if (!sameFilters(current, filters)) setCurrent(filters);
  const shown = useDeferredValue(current);
  return { filters: shown, pending: shown !== current };
}

/** The project whose detail is open, anywhere in the app. */
export function useSelectedProject() {
  return useQueryState("project", URL_PARAMS.project.parser.withOptions({ history: "push" }));
}
