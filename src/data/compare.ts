/**
 * Comparators for sorting. Codes — ISO dates, ids, keys — compare by their characters, which is
 * both right for them and many times faster than a locale-aware comparison; names and titles go
 * through one shared collator (creating one per comparison, as `localeCompare` may, is slow at
 * thousands of rows).
 */

/** Ordinal comparison of codes: ISO dates ("2017" < "2017-03" < "2017-03-04"), ids, keys. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const collator = new Intl.Collator("en");

/** Comparison of names and titles as an English reader would sort them. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
