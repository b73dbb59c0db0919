import type { Dataset } from "@/data/schema";
import { isParamName, URL_PARAMS, type ParamName } from "@/lib/url-params";
import { monthStart, parseAsYear, parseAsYearOrMonth } from "@/lib/url-parsers";

/**
 * What a hand-edited URL asked for that the dashboard could not show as written. The parameters,
 * and what each accepts, are the registry's (lib/url-params): a value is wrong exactly when the
 * parameter's own parser refuses it, so the notice and the page never disagree. Pure: the same
 * search string (and dataset) always gives the same list.
 */
export type UrlCorrection =
  | { kind: "unknown-param"; param: string }
  | { kind: "repeated"; param: ParamName; count: number; used: string }
  /** A value that is not one of the choices (`view=admin`, `sector=mining`). */
  | { kind: "not-a-choice"; param: ParamName; value: string }
  /** `monthToo`: the parameter takes a month as well (the timeline's range). */
  | { kind: "bad-year"; param: ParamName; value: string; monthToo: boolean }
  /** A month given to `from` or `to`, which take a year only: the timeline's range takes months. */
  | { kind: "year-only"; param: "from" | "to"; value: string; instead: "tfrom" | "tto" }
  | { kind: "bad-number"; param: ParamName; value: string; min: number; max: number }
  | { kind: "bad-count"; param: ParamName; value: string }
  | { kind: "bad-flag"; param: ParamName; value: string }
  | { kind: "years-reversed"; from: number; to: number }
  | { kind: "timeline-reversed"; from: string; to: string }
  | { kind: "text-cut"; param: ParamName; length: number; max: number }
  | { kind: "bad-id"; param: ParamName; value: string }
  | { kind: "unknown-id"; param: "project" | "doc" | "meeting" | "titem"; value: string };

/** More than this many corrections are summed up by the notice, not listed. */
export const MAX_CORRECTIONS = 20;

const ID_PARAM = { projects: "project", documents: "doc", meetings: "meeting" } as const;

function timelineItemExists(value: string, dataset: Dataset): boolean {
  const [kind, id = "", milestone] = value.split(":");
  // Several items drawn as one: the timeline shows whichever match.
  if (kind === "cluster") return true;
  if (kind === "meeting") return dataset.meetings.some((m) => m.id === id);
  if (kind === "document") return dataset.documents.some((d) => d.id === id);
  return milestone !== undefined && dataset.projects.some((p) => p.id === id);
}

/** What is wrong with one value of a known parameter, by its registry entry. */
function auditValue(
  param: ParamName,
  value: string,
  dataset: Dataset | undefined,
  out: UrlCorrection[],
): void {
  const { rule, parser } = URL_PARAMS[param];
  const refused = (parser as { parse: (v: string) => unknown }).parse(value) === null;
  switch (rule.type) {
    case "choice":
      if (refused) out.push({ kind: "not-a-choice", param, value });
      return;
    case "set":
      for (const item of new Set(value.split(",")))
        if (item !== "" && !rule.values.includes(item))
          out.push({ kind: "not-a-choice", param, value: item });
      return;
    case "year":
      if (!refused) return;
      if ((param === "from" || param === "to") && parseAsYearOrMonth.parse(value) !== null)
        out.push({ kind: "year-only", param, value, instead: param === "from" ? "tfrom" : "tto" });
      else out.push({ kind: "bad-year", param, value, monthToo: false });
      return;
    case "year-or-month":
      if (refused) out.push({ kind: "bad-year", param, value, monthToo: true });
      return;
    case "number":
      if (refused) out.push({ kind: "bad-number", param, value, min: rule.min, max: rule.max });
      return;
    case "count":
      if (refused) out.push({ kind: "bad-count", param, value });
      return;
    case "flag":
      if (refused) out.push({ kind: "bad-flag", param, value });
      return;
    case "text":
      if (value.length > rule.max)
        out.push({ kind: "text-cut", param, length: value.length, max: rule.max });
      return;
    case "id":
      if (refused) out.push({ kind: "bad-id", param, value });
      else if (dataset && !dataset[rule.collection].some((r) => r.id === value))
        out.push({ kind: "unknown-id", param: ID_PARAM[rule.collection], value });
      return;
    case "timeline-item":
      if (refused) out.push({ kind: "bad-id", param, value });
      else if (dataset && !timelineItemExists(value, dataset))
        out.push({ kind: "unknown-id", param: "titem", value });
      return;
  }
}

/** Lists what the URL's parameters ask for that cannot be shown as written. Never throws. */
export function auditUrl(search: string, dataset?: Dataset): UrlCorrection[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return [];
  }
  const out: UrlCorrection[] = [];
  const seen = new Set<string>();
  for (const param of params.keys()) {
    if (seen.has(param)) continue;
    seen.add(param);
    if (!isParamName(param)) {
      out.push({ kind: "unknown-param", param });
      continue;
    }
    const all = params.getAll(param);
    const value = all[0] ?? "";
    if (all.length > 1) out.push({ kind: "repeated", param, count: all.length, used: value });
    if (value !== "") auditValue(param, value, dataset, out);
  }
  // The pages read a reversed range in order (shared/url-state toFilters, the timeline's zoom).
  const from = parseAsYear.parse(params.get("from") ?? "");
  const to = parseAsYear.parse(params.get("to") ?? "");
  if (from !== null && to !== null && from > to) out.push({ kind: "years-reversed", from, to });
  const tfrom = parseAsYearOrMonth.parse(params.get("tfrom") ?? "");
  const tto = parseAsYearOrMonth.parse(params.get("tto") ?? "");
  if (tfrom !== null && tto !== null && monthStart(tfrom) > monthStart(tto))
    out.push({ kind: "timeline-reversed", from: tfrom, to: tto });
  return out;
}
