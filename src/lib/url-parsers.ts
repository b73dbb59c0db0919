import { createParser, parseAsArrayOf, parseAsStringLiteral } from "nuqs";

/**
 * The value parsers behind the URL parameter registry (./url-params). Each turns a malformed value
 * into null (the parameter's default), so a hand-edited URL never breaks the page; the address
 * audit asks the same parsers what they accept, so a notice and the page never disagree.
 */

/** Years outside this range are not CPEC years; the parsers drop them. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** A record id as the dataset writes them. */
export const RECORD_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const YEAR = /^\d{4}$/;
const YEAR_OR_MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function inYears(year: number): boolean {
  return year >= YEAR_MIN && year <= YEAR_MAX;
}

export const parseAsYear = createParser({
  parse: (v: string) => (YEAR.test(v) && inYears(Number(v)) ? Number(v) : null),
  serialize: (v: number) => String(v),
});

/** A year or a month as the month it starts with ("2017" → "2017-01"), to compare the two. */
export function monthStart(v: string): string {
  return v.length === 4 ? `${v}-01` : v;
}

/** A year ("2017") or a month ("2017-05") within the years the app accepts. */
export const parseAsYearOrMonth = createParser({
  parse: (v: string) => (YEAR_OR_MONTH.test(v) && inYears(Number(v.slice(0, 4))) ? v : null),
  serialize: (v: string) => v,
});

/** A list of known values; unknown ones are dropped and repeats removed. */
export function parseAsSet<const T extends string>(values: readonly T[]) {
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
export function parseAsBoundedText(max: number) {
  return createParser({
    parse: (v: string) => v.slice(0, max),
    serialize: (v: string) => v,
  }).withDefault("");
}

/** A finite number in [min, max], written with at most `digits` decimals. */
export function parseAsBoundedNumber(min: number, max: number, digits: number) {
  return createParser({
    parse: (v: string) => {
      if (!NUMBER.test(v)) return null;
      const n = Number(v);
      return n >= min && n <= max ? n : null;
    },
    serialize: (v: number) => String(Number(v.toFixed(digits))),
  });
}

/** A whole number from 1 up, written in plain digits (`step=3`); "3abc" or "0" is not one. */
export const parseAsCount = createParser({
  parse: (v: string) => {
    if (!/^\d{1,6}$/.test(v)) return null;
    const n = Number(v);
    return n >= 1 ? n : null;
  },
  serialize: (v: number) => String(Math.max(1, Math.trunc(v))),
});

/** A switch that is on when the parameter is "1" (`present=1`), off when absent. */
export const parseAsFlag = createParser<boolean>({
  parse: (v: string) => (v === "1" ? true : null),
  serialize: () => "1",
}).withDefault(false);

/** A record id as the dataset writes them; anything else reads as "none chosen". */
export const parseAsRecordId = createParser({
  parse: (v: string) => (RECORD_ID.test(v) ? v : null),
  serialize: (v: string) => v,
});

const ID = RECORD_ID.source.slice(1, -1);
/**
 * A timeline item: `meeting:<id>`, `document:<id>`, `project:<id>:start|completion`, or several
 * drawn as one, `cluster:<kind>:<date>` (the timeline's own keys, data/selectors/timeline).
 */
export const TIMELINE_ITEM = new RegExp(
  `^((meeting|document):${ID}|project:${ID}:(start|completion)|cluster:[a-z]+:\\d{4}(-\\d{2}){0,2})$`,
);
export const parseAsTimelineItem = createParser({
  parse: (v: string) => (TIMELINE_ITEM.test(v) ? v : null),
  serialize: (v: string) => v,
});
