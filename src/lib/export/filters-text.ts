/**
 * The filters a figure was drawn under, in words, read from the URL the figure's link carries:
 * "Sector = Energy, Transport infrastructure; Years 2015–2020". Unknown values are skipped, as
 * the app's URL parsers skip them.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const LISTS = [
  { param: "sector", label: "filters.sector", value: "sector" },
  { param: "status", label: "filters.status", value: "status" },
  { param: "province", label: "filters.province", value: "province" },
] as const;

/** Each active filter as a phrase, in the filter bar's order; empty when nothing is filtered. */
export function describeFilters(
  search: URLSearchParams,
  t: Translate,
  exists: (key: string) => boolean,
): string[] {
  const parts: string[] = [];
  for (const { param, label, value } of LISTS) {
    const values = (search.get(param) ?? "")
      .split(",")
      .map((v) => v.trim())
      .filter((v, i, all) => v !== "" && all.indexOf(v) === i && exists(`${value}.${v}`));
    if (values.length > 0) {
      parts.push(
        t("export.filters.is", {
          name: t(label),
          values: values.map((v) => t(`${value}.${v}`)).join(", "),
        }),
      );
    }
  }
  const year = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : null);
  let from = year(search.get("from"));
  let to = year(search.get("to"));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  if (from !== null || to !== null) {
    parts.push(t("filters.yearsChip", { from: from ?? "…", to: to ?? "…" }));
  }
  const q = (search.get("q") ?? "").trim();
  if (q) parts.push(t("filters.queryChip", { query: q.slice(0, 100) }));
  return parts;
}
