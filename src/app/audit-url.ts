import { DIGITS } from "@/lib/format";
import type { Dataset } from "@/data/schema";
import { PROVINCES, SECTORS, STATUSES } from "@/data/vocabulary";
import { REPORTED_METRICS } from "@/data/selectors/aggregates";
import { DOCUMENT_SORT_KEYS } from "@/data/selectors/documents";
import { GANTT_GROUPINGS } from "@/data/selectors/gantt";
import { SHADE_MEASURES, SIZE_MEASURES } from "@/data/selectors/map";
import { SORT_KEYS } from "@/data/selectors/project-table";
import { TIMELINE_KINDS } from "@/data/selectors/timeline";
import { LANGUAGES, QUERY_MAX_LENGTH, VIEWS, YEAR_MAX, YEAR_MIN } from "@/shared/url-state";

/**
 * What a hand-edited URL asked for that the dashboard could not show as written. The URL parsers
 * already fall back to the nearest valid view; this says, in words, what they ignored or corrected.
 * Pure: the same search string (and dataset) always gives the same list.
 */
export type UrlCorrection =
  | { kind: "unknown-param"; param: string }
  | { kind: "repeated"; param: string; count: number; used: string }
  /** A value that is not one of the choices (`view=admin`, `sector=mining`). */
  | { kind: "not-a-choice"; param: string; value: string }
  | { kind: "bad-year"; param: string; value: string }
  | { kind: "bad-number"; param: string; value: string; min: number; max: number }
  | { kind: "years-reversed"; from: number; to: number }
  | { kind: "text-cut"; param: string; length: number; max: number }
  | { kind: "bad-id"; param: string; value: string }
  | { kind: "unknown-id"; param: "project" | "doc" | "meeting" | "titem"; value: string };

type Spec =
  | { type: "choice"; values: readonly string[] }
  | { type: "set"; values: readonly string[] }
  | { type: "year" }
  | { type: "year-or-month" }
  | { type: "number"; min: number; max: number }
  | { type: "text"; max: number }
  | { type: "id"; collection: "projects" | "documents" | "meetings" }
  | { type: "timeline-item" };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const YEAR = /^\d{4}$/;
const YEAR_OR_MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Every parameter any view reads, with what it accepts (the same rules as the parsers). */
const SPECS: Record<string, Spec> = {
  digits: { type: "choice", values: DIGITS },
  view: { type: "choice", values: VIEWS },
  lang: { type: "choice", values: LANGUAGES },
  sector: { type: "set", values: SECTORS },
  status: { type: "set", values: STATUSES },
  province: { type: "set", values: PROVINCES },
  from: { type: "year" },
  to: { type: "year" },
  q: { type: "text", max: QUERY_MAX_LENGTH },
  project: { type: "id", collection: "projects" },
  doc: { type: "id", collection: "documents" },
  meeting: { type: "id", collection: "meetings" },
  // Overview
  reported: { type: "choice", values: REPORTED_METRICS },
  // Projects
  sort: { type: "choice", values: SORT_KEYS },
  dir: { type: "choice", values: ["asc", "desc"] },
  gantt: { type: "choice", values: GANTT_GROUPINGS },
  // Timeline
  thide: { type: "set", values: TIMELINE_KINDS },
  tfrom: { type: "year-or-month" },
  tto: { type: "year-or-month" },
  titem: { type: "timeline-item" },
  // Map (layers and zoom bounds as in the map's own URL state)
  maplayer: { type: "choice", values: ["projects", "provinces"] },
  mapsize: { type: "choice", values: SIZE_MEASURES },
  mapshade: { type: "choice", values: SHADE_MEASURES },
  mapzoom: { type: "number", min: 1, max: 8 },
  mapx: { type: "number", min: -180, max: 180 },
  mapy: { type: "number", min: -90, max: 90 },
  // Documents and Sources
  docsort: {
    type: "choice",
    values: DOCUMENT_SORT_KEYS.flatMap((k) => [`${k}-asc`, `${k}-desc`]),
  },
  srcq: { type: "text", max: 100 },
};

/** More than this many corrections are summed up by the notice, not listed. */
export const MAX_CORRECTIONS = 20;

function validYear(v: string): number | null {
  if (!YEAR.test(v)) return null;
  const year = Number(v);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}

function timelineItemExists(value: string, dataset: Dataset): boolean {
  const [kind, id, milestone] = value.split(":");
  if (id === undefined) return false;
  if (kind === "meeting" && milestone === undefined)
    return dataset.meetings.some((m) => m.id === id);
  if (kind === "document" && milestone === undefined)
    return dataset.documents.some((d) => d.id === id);
  if (kind === "project" && (milestone === "start" || milestone === "completion"))
    return dataset.projects.some((p) => p.id === id);
  return false;
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
    const all = params.getAll(param);
    const value = all[0] ?? "";
    const spec = SPECS[param];
    if (!spec) {
      out.push({ kind: "unknown-param", param });
      continue;
    }
    if (all.length > 1) out.push({ kind: "repeated", param, count: all.length, used: value });
    if (value === "") continue;
    switch (spec.type) {
      case "choice":
        if (!spec.values.includes(value)) out.push({ kind: "not-a-choice", param, value });
        break;
      case "set":
        for (const item of new Set(value.split(","))) {
          if (item !== "" && !spec.values.includes(item))
            out.push({ kind: "not-a-choice", param, value: item });
        }
        break;
      case "year":
        if (validYear(value) === null) out.push({ kind: "bad-year", param, value });
        break;
      case "year-or-month":
        if (!YEAR_OR_MONTH.test(value) || validYear(value.slice(0, 4)) === null)
          out.push({ kind: "bad-year", param, value });
        break;
      case "number": {
        const n = Number(value);
        if (!NUMBER.test(value) || n < spec.min || n > spec.max)
          out.push({ kind: "bad-number", param, value, min: spec.min, max: spec.max });
        break;
      }
      case "text":
        if (value.length > spec.max)
          out.push({ kind: "text-cut", param, length: value.length, max: spec.max });
        break;
      case "id":
        if (!ID.test(value)) out.push({ kind: "bad-id", param, value });
        else if (dataset && !dataset[spec.collection].some((r) => r.id === value))
          out.push({ kind: "unknown-id", param: param as "project" | "doc" | "meeting", value });
        break;
      case "timeline-item":
        if (dataset && !timelineItemExists(value, dataset))
          out.push({ kind: "unknown-id", param: "titem", value });
        break;
    }
  }
  const from = validYear(params.get("from") ?? "");
  const to = validYear(params.get("to") ?? "");
  if (from !== null && to !== null && from > to) out.push({ kind: "years-reversed", from, to });
  return out;
}
