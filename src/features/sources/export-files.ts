import "./messages";
import type { TFunction } from "i18next";
import type { Filters } from "@/data/filters";
import type { Dataset } from "@/data/schema";
import { projectCsvRow } from "@/data/project-csv-row";
import { PROJECT_COLUMNS } from "@/data/projects-csv-columns";
import {
  DOCUMENT_COLUMNS,
  MEETING_COLUMNS,
  documentCsvRow,
  exportFileName,
  meetingCsvRow,
} from "@/data/record-csv-rows";
import { selectSelection } from "@/data/selectors/sources";
import { filtersInAddress } from "@/lib/url-params";

export type FileKind = "dataset" | "projects" | "documents" | "meetings";
export type Scope = "full" | "selection";

/**
 * Makes one download: the whole dataset or the current selection as JSON, or one collection as CSV
 * with comment lines naming the dataset version, citation, licence and filters.
 */
export async function buildFile(
  kind: FileKind,
  scope: Scope,
  dataset: Dataset,
  filters: Filters,
  t: TFunction,
): Promise<{ blob: Blob; filename: string }> {
  const meta = dataset.metadata;
  const data = scope === "full" ? dataset : selectSelection(dataset, filters);
  const filtersText = scope === "full" ? "" : filtersInAddress(filters);

  if (kind === "dataset") {
    const payload =
      scope === "full"
        ? dataset
        : {
            selection: {
              filters: filtersText || t("sources.downloads.filtersNone"),
              note: t("sources.downloads.selectionNote"),
            },
            ...data,
          };
    return {
      blob: new Blob([JSON.stringify(payload, null, 2)], { type: "application/json" }),
      filename: exportFileName("dataset", scope, meta, "json"),
    };
  }

  const { csvBlob, toCsv } = await import("@/lib/csv");
  const table =
    kind === "projects"
      ? { columns: PROJECT_COLUMNS, rows: data.projects.map(projectCsvRow) }
      : kind === "documents"
        ? { columns: DOCUMENT_COLUMNS, rows: data.documents.map(documentCsvRow) }
        : { columns: MEETING_COLUMNS, rows: data.meetings.map(meetingCsvRow) };
  const comments = [
    t("sources.downloads.fileLine", {
      title: meta.title,
      version: meta.version,
      released: meta.releaseDate,
      asOf: meta.dataAsOf,
      what: t(`sources.downloads.what.${kind}`),
      scope: t(
        scope === "full" ? "sources.downloads.scopeFull" : "sources.downloads.scopeSelection",
      ),
      rows: table.rows.length,
      filters: filtersText || t("sources.downloads.filtersNone"),
    }),
    t("sources.downloads.citeLine", { citation: meta.citation, licence: meta.licence.data }),
  ];
  const csv = toCsv<string>({ comments, columns: table.columns, rows: table.rows });
  return { blob: csvBlob(csv), filename: exportFileName(kind, scope, meta, "csv") };
}
