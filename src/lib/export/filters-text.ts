import type { Translate } from "../figure/context";
import { filtersInWords } from "../figure/context";
import { filtersFromSearch } from "../url-params";

export type { Translate };

/**
 * The filters a figure was drawn under, in words, read from the URL the figure's link carries:
 * "Sector = Energy, Transport infrastructure; Years 2015–2020". The address is read by the
 * registry's parsers (unknown values are dropped as the app drops them) and said as every figure
 * says its filters (figure/context filtersInWords).
 */
export function describeFilters(search: URLSearchParams, t: Translate): string[] {
  return filtersInWords(filtersFromSearch(search), t);
}
