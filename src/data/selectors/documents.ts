import { dateInRange, normaliseQuery, type Filters } from "../filters";
import type { CpecDocument, Dataset, DocumentType, Meeting, WorkingGroup } from "../schema";
import { DOCUMENT_TYPES } from "../vocabulary";
import type { ProjectRef } from "./meetings";
import { countInstruments } from "./overview";
import { memoOnFilters } from "./projects";
import { compareCodes, compareNames } from "../compare";

/** The text a document is searched by: its title and the names of its parties. */
export function documentSearchText(d: CpecDocument): string {
  return [d.title, ...d.parties.map((p) => p.name)].join(" ").toLocaleLowerCase();
}

/**
 * Documents inside the year range whose title or parties contain the search text. Sector, status
 * and province describe projects, not documents, so they do not apply here.
 */
export function filterDocuments(
  documents: readonly CpecDocument[],
  filters: Filters,
): CpecDocument[] {
  const query = normaliseQuery(filters.query);
  return documents.filter(
    (d) => dateInRange(d.date, filters) && (query === "" || documentSearchText(d).includes(query)),
  );
}

export type DocumentsPerYearRow = { year: number; records: number; instruments: number } & Record<
  DocumentType,
  number
>;

function emptyYear(year: number): DocumentsPerYearRow {
  const row = { year, records: 0, instruments: 0 } as DocumentsPerYearRow;
  for (const type of DOCUMENT_TYPES) row[type] = 0;
  return row;
}

/**
 * Instruments signed per year, split by document type: a record standing for a package of 51 MoUs
 * adds 51, and a document itemised from a package adds nothing (it is inside the package's count).
 * Every year from the first to the last document is a row. `records` counts every record.
 */
export function documentsPerYearByType(documents: readonly CpecDocument[]): DocumentsPerYearRow[] {
  const byYear = new Map<number, DocumentsPerYearRow>();
  for (const d of documents) {
    const year = Number(d.date.slice(0, 4));
    const row = byYear.get(year) ?? emptyYear(year);
    const instruments = d.packageId === null ? d.count : 0;
    row[d.type] += instruments;
    row.instruments += instruments;
    row.records += 1;
    byYear.set(year, row);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length === 0) return [];
  const rows: DocumentsPerYearRow[] = [];
  for (let year = years[0]!; year <= years[years.length - 1]!; year++)
    rows.push(byYear.get(year) ?? emptyYear(year));
  return rows;
}

/** Document types that occur in the rows, in the schema's order (the chart's series). */
export function typesPresent(rows: readonly DocumentsPerYearRow[]): DocumentType[] {
  return DOCUMENT_TYPES.filter((type) => rows.some((r) => r[type] > 0));
}

export const DOCUMENT_SORT_KEYS = ["date", "title", "type", "signedAt", "instruments"] as const;
export type DocumentSortKey = (typeof DOCUMENT_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export interface DocumentRow {
  document: CpecDocument;
  /** The package record it was signed as part of, when that is in the dataset. */
  package: CpecDocument | null;
  /** The meeting it was signed at, when that meeting is in the dataset. */
  meeting: Meeting | null;
  /** The working group of that meeting, for a working-group meeting. */
  workingGroup: WorkingGroup | null;
}

/** Text the "signed at" column sorts by: the meeting's date-ordered id, else the occasion. */
function signedAtKey(r: DocumentRow): string {
  if (r.meeting) return `0 ${r.meeting.date ?? ""} ${r.meeting.id}`;
  if (r.document.occasion) return `1 ${r.document.occasion.toLocaleLowerCase()}`;
  return "2";
}

/** Sorts rows; ties fall back to date (newest first) then id, so the order never depends on input order. */
export function sortDocumentRows(
  rows: readonly DocumentRow[],
  key: DocumentSortKey,
  direction: SortDirection,
): DocumentRow[] {
  const sign = direction === "asc" ? 1 : -1;
  const compare = (a: DocumentRow, b: DocumentRow): number => {
    switch (key) {
      case "date":
        return compareCodes(a.document.date, b.document.date);
      case "title":
        return compareNames(a.document.title, b.document.title);
      case "type":
        return DOCUMENT_TYPES.indexOf(a.document.type) - DOCUMENT_TYPES.indexOf(b.document.type);
      case "signedAt":
        return compareNames(signedAtKey(a), signedAtKey(b));
      case "instruments":
        return a.document.count - b.document.count;
    }
  };
  return [...rows].sort(
    (a, b) =>
      sign * compare(a, b) ||
      compareCodes(b.document.date, a.document.date) ||
      compareCodes(a.document.id, b.document.id),
  );
}

export interface DocumentsViewData {
  rows: DocumentRow[];
  perYear: DocumentsPerYearRow[];
  records: number;
  instruments: number;
  /** The year with the most instruments; the earliest on a tie. */
  busiestYear: { year: number; instruments: number } | null;
  /** Distinct sources cited by the documents shown. */
  sources: number;
}

export const selectDocumentsView = memoOnFilters(
  (dataset: Dataset, filters: Filters): DocumentsViewData => {
    const meetingById = new Map(dataset.meetings.map((m) => [m.id, m]));
    const groupById = new Map(dataset.workingGroups.map((g) => [g.id, g]));
    const documentById = new Map(dataset.documents.map((d) => [d.id, d]));
    const documents = filterDocuments(dataset.documents, filters);
    const perYear = documentsPerYearByType(documents);
    let busiestYear: DocumentsViewData["busiestYear"] = null;
    for (const r of perYear) {
      if (r.instruments > (busiestYear?.instruments ?? 0))
        busiestYear = { year: r.year, instruments: r.instruments };
    }
    return {
      rows: documents.map((document) => {
        const meeting = document.meetingId ? (meetingById.get(document.meetingId) ?? null) : null;
        const workingGroup = meeting?.workingGroupId
          ? (groupById.get(meeting.workingGroupId) ?? null)
          : null;
        const pkg = document.packageId ? (documentById.get(document.packageId) ?? null) : null;
        return { document, package: pkg, meeting, workingGroup };
      }),
      perYear,
      busiestYear,
      records: documents.length,
      instruments: countInstruments(documents),
      sources: new Set(documents.flatMap((d) => d.sources.map((s) => s.url))).size,
    };
  },
);

export interface DocumentDetail extends DocumentRow {
  projects: ProjectRef[];
}

/** Everything the detail of one document shows; null when no document has that id. */
export function documentDetail(dataset: Dataset, id: string | null): DocumentDetail | null {
  const document = id === null ? undefined : dataset.documents.find((d) => d.id === id);
  if (!document) return null;
  const meeting = document.meetingId
    ? (dataset.meetings.find((m) => m.id === document.meetingId) ?? null)
    : null;
  const workingGroup = meeting?.workingGroupId
    ? (dataset.workingGroups.find((g) => g.id === meeting.workingGroupId) ?? null)
    : null;
  const projectById = new Map(dataset.projects.map((p) => [p.id, p]));
  return {
    document,
    package: document.packageId
      ? (dataset.documents.find((d) => d.id === document.packageId) ?? null)
      : null,
    meeting,
    workingGroup,
    projects: document.projectIds.flatMap((pid) => {
      const p = projectById.get(pid);
      return p ? [{ id: p.id, name: p.name, names: p.names }] : [];
    }),
  };
}
