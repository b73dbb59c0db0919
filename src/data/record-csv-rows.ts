import type { CpecDocument, Dataset, Meeting, Source } from "./schema";

export type CsvCell = string | number | boolean | null;
export type CsvRow = Record<string, CsvCell>;

export const DOCUMENT_COLUMNS = [
  "id",
  "date",
  "title",
  "type",
  "instruments",
  "package_id",
  "parties",
  "meeting_id",
  "occasion",
  "project_ids",
  "confidence",
  "source_urls",
] as const;

export const MEETING_COLUMNS = [
  "id",
  "body",
  "working_group_id",
  "session",
  "date",
  "mode",
  "venue",
  "co_chairs",
  "attendance",
  "outcomes",
  "documents_signed_reported",
  "document_ids",
  "working_groups_established",
  "confidence",
  "source_urls",
] as const;

const ids = (list: readonly string[]) => list.join(";");
const names = (list: readonly string[]) => list.join("; ");
const urls = (sources: readonly Source[]) => ids(sources.map((s) => s.url));

export function documentCsvRow(
  d: CpecDocument,
): Record<(typeof DOCUMENT_COLUMNS)[number], CsvCell> {
  return {
    id: d.id,
    date: d.date,
    title: d.title,
    type: d.type,
    instruments: d.count,
    package_id: d.packageId,
    parties: names(d.parties.map((p) => p.name)),
    meeting_id: d.meetingId,
    occasion: d.occasion,
    project_ids: ids(d.projectIds),
    confidence: d.confidence,
    source_urls: urls(d.sources),
  };
}

export function meetingCsvRow(m: Meeting): Record<(typeof MEETING_COLUMNS)[number], CsvCell> {
  return {
    id: m.id,
    body: m.body,
    working_group_id: m.workingGroupId,
    session: m.session,
    date: m.date,
    mode: m.mode,
    venue: m.venue,
    co_chairs: names(
      m.coChairs.map((c) =>
        c.role ? `${c.name} (${c.role}, ${c.country})` : `${c.name} (${c.country})`,
      ),
    ),
    attendance: m.attendance,
    outcomes: m.outcomes.join(" | "),
    documents_signed_reported: m.documentsSigned,
    document_ids: ids(m.documentIds),
    working_groups_established: ids(m.workingGroupsEstablished),
    confidence: m.confidence,
    source_urls: urls(m.sources),
  };
}

/** A file name carrying the dataset version and release date: "cpec-projects_1.0.0_2026-11-27.csv". */
export function exportFileName(
  what: "dataset" | "projects" | "documents" | "meetings",
  scope: "full" | "selection",
  metadata: Dataset["metadata"],
  extension: "csv" | "json",
): string {
  const stem = scope === "full" ? `cpec-${what}` : `cpec-${what}-selection`;
  return `${stem}_${metadata.version}_${metadata.releaseDate}.${extension}`;
}
