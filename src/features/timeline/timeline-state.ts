import {
  createParser,
  parseAsArrayOf,
  parseAsString,
  parseAsStringLiteral,
  useQueryStates,
} from "nuqs";
import { TIMELINE_KINDS } from "@/data/selectors/timeline";
import { YEAR_MAX, YEAR_MIN } from "@/shared/url-state";

/** A year ("2017") or a month ("2017-05") within the years the app accepts; anything else is dropped. */
export const parseAsYearOrMonth = createParser({
  parse: (v: string) => {
    if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(v)) return null;
    const year = Number(v.slice(0, 4));
    return year >= YEAR_MIN && year <= YEAR_MAX ? v : null;
  },
  serialize: (v: string) => v,
});

const hiddenKinds = parseAsArrayOf(parseAsStringLiteral(TIMELINE_KINDS));

/**
 * The timeline's own URL state: the kinds hidden (`thide`; all shown by default), the zoom range
 * (`tfrom`, `tto`) and the item whose details are open (`titem`).
 */
export const timelineParsers = {
  thide: createParser({
    parse: (v: string) => {
      const parsed = hiddenKinds.parse(v);
      return parsed === null ? null : [...new Set(parsed)];
    },
    serialize: (v: (typeof TIMELINE_KINDS)[number][]) => hiddenKinds.serialize(v),
    eq: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  }).withDefault([]),
  tfrom: parseAsYearOrMonth,
  tto: parseAsYearOrMonth,
  titem: parseAsString,
};

export function useTimelineState() {
  return useQueryStates(timelineParsers, { history: "push" });
}
