import type { Filters } from "@/data/filters";
import type { Dataset } from "@/data/schema";
import { formatNumber, type FormatSettings } from "../format";
import { FILTER_WORDS } from "../url-params";
import type { FigureBase, FigureSources } from "./figure";

/** i18next's t, as the builders use it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Everything a figure builder needs besides the dataset: the reader's language and the view. */
export interface FigureContext {
  t: Translate;
  format: FormatSettings;
  filters: Filters;
  /** The link that reopens the view (written by the URL state). */
  link: string;
  /** The reader's today (UTC ms), for the "today" mark; the data-as-of date is the dataset's. */
  today: number;
}

/**
 * The active filters in words, in the registry's order (the filter bar's): "Sector: Energy,
 * Transport" … Which filters there are and how each is said comes from the URL parameter
 * registry; the values from the Filters value (already parsed from the URL), never the address.
 */
export function filtersInWords(filters: Filters, t: Translate): string[] {
  const parts: string[] = [];
  for (const words of FILTER_WORDS) {
    if (words.kind === "list") {
      const values = filters[words.field];
      if (values.length === 0) continue;
      parts.push(
        t("export.filters.is", {
          name: t(words.label),
          values: values.map((v) => t(`${words.values}.${v}`)).join(t("app.listSeparator")),
        }),
      );
    } else if (words.kind === "years") {
      if (filters.from === null && filters.to === null) continue;
      parts.push(t("filters.yearsChip", { from: filters.from ?? "…", to: filters.to ?? "…" }));
    } else {
      const q = filters.query.trim();
      if (q) parts.push(t("filters.queryChip", { query: q }));
    }
  }
  return parts;
}

/** The parts of a figure that come from the dataset and the context, not from the chart. */
export function figureBase(
  dataset: Dataset,
  ctx: FigureContext,
  parts: Pick<
    FigureBase,
    "id" | "title" | "subtitle" | "table" | "legend" | "notes" | "summary"
  > & {
    sources: FigureSources;
    /** The source line; by default the dataset's version and the number of sources. */
    sourceLine?: string;
  },
): FigureBase {
  const version = dataset.metadata.version;
  return {
    ...parts,
    sourceLine:
      parts.sourceLine ??
      ctx.t("figure.sourceLine", {
        version,
        count: parts.sources.count,
        formatted: formatNumber(parts.sources.count, ctx.format),
      }),
    asOf: dataset.metadata.dataAsOf,
    datasetVersion: version,
    filters: filtersInWords(ctx.filters, ctx.t),
    link: ctx.link,
    lang: ctx.format.lang,
    format: ctx.format,
  };
}
