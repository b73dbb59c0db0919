import Papa from "papaparse";
import { checkDataset } from "./check-dataset";
import { formatProblem } from "./dataset-error";
import { datasetSchema, type Dataset } from "./schema";
import { projectFromCsvRow, quote, type CellProblem, type Cells } from "./project-from-csv-row";
import {
  OPTIONAL_PROJECT_COLUMNS,
  PROJECT_COLUMNS,
  columnOf,
  splitIds,
  splitList,
  unescapeFormula,
  type ProjectColumn,
} from "./projects-csv-columns";
import { DATASET_FILE } from "./vocabulary";

/**
 * Reads a projects CSV — the columns of the projects download (projects-csv-columns.ts documents
 * them) — into projects, and puts them in place of the bundled dataset's projects. The rows are
 * checked with the dataset's own schema and cross-record rules; every problem names the file,
 * the spreadsheet row (comment lines and the header count as rows, as a spreadsheet shows them),
 * the project id when the row has one, and the column.
 *
 * Conflicting values (`conflicts`) are not in the file, so the projects read have none.
 */

export type ProjectsCsvResult =
  | {
      ok: true;
      dataset: Dataset;
      /** Links from bundled documents to projects the file does not have, left out. */
      linksLeftOut: number;
    }
  | { ok: false; problems: string[] };

/** The delimiter of the header line: "," as downloaded, or ";" / tab as some spreadsheets save. */
function delimiterOf(headerLine: string): string {
  if (headerLine.includes(",")) return ",";
  if (headerLine.includes(";")) return ";";
  if (headerLine.includes("\t")) return "\t";
  return ",";
}

/** Skips the leading "# …" comment lines and blank lines; they still count as spreadsheet rows. */
function skipComments(text: string): { body: string; skipped: number } {
  let body = text.replace(/^\ufeff/, "");
  let skipped = 0;
  for (;;) {
    const match = /^([^\r\n]*)(\r\n|\n|\r|$)/.exec(body);
    const line = match?.[1] ?? "";
    if (!match || body === "" || !(line.startsWith("#") || line.trim() === "")) break;
    body = body.slice(match[0].length);
    skipped += 1;
  }
  return { body, skipped };
}

interface ReadRow {
  row: number;
  id: string | null;
  cells: Cells;
  value: unknown;
  problems: CellProblem[];
}

/**
 * A projects CSV → the bundled dataset with these projects in place of its own. Links from
 * bundled documents to projects the file does not have are left out and counted. The metadata
 * says the projects came from the file.
 */
export function parseProjectsCsv(text: string, file: string, bundled: Dataset): ProjectsCsvResult {
  // Each problem with the row it is in (0 for the whole file) and its column, so that they are
  // listed as the file reads: row by row, left to right.
  const found: { row: number; column: number; text: string }[] = [];
  const say = (row: number, where: string | null, message: string, column = "") =>
    found.push({
      row,
      column: PROJECT_COLUMNS.indexOf((column.split(/[,:]/)[0] ?? "").trim() as ProjectColumn),
      text: where === null ? `${file}: ${message}` : `${file}: ${where}: ${message}`,
    });
  const failed = (): ProjectsCsvResult => ({
    ok: false,
    problems: [
      ...new Set(found.sort((a, b) => a.row - b.row || a.column - b.column).map((p) => p.text)),
    ],
  });
  const rowLabel = (rows: readonly number[], id: string | null) =>
    `${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}${id ? ` (id ${quote(id)})` : ""}`;

  const { body, skipped } = skipComments(text);
  if (body.trim() === "") {
    say(
      0,
      null,
      `no header row: expected the columns of the projects download (${PROJECT_COLUMNS.slice(0, 3).join(",")},…)`,
    );
    return failed();
  }
  const parsed = Papa.parse<string[]>(body, {
    delimiter: delimiterOf(/^[^\r\n]*/.exec(body)?.[0] ?? ""),
    header: false,
    skipEmptyLines: false,
  });
  const [header = [], ...rows] = parsed.data;
  const headerRow = skipped + 1;
  /** Papaparse counts records from 0 at the header. */
  const rowOf = (record: number) => headerRow + record;

  // --- The header: every column of the download, in any order, each once ----------------------
  const names = header.map((h) => h.trim());
  const known = new Set<string>(PROJECT_COLUMNS);
  const position = new Map<string, number>();
  const inHeader = `header (row ${headerRow})`;
  names.forEach((name, i) => {
    if (name === "") say(headerRow, inHeader, `column ${i + 1} has no name`);
    else if (!known.has(name)) say(headerRow, inHeader, `unknown column ${quote(name)}`);
    else if (position.has(name))
      say(headerRow, inHeader, `column ${quote(name)} appears more than once`);
    else position.set(name, i);
  });
  const missing = PROJECT_COLUMNS.filter(
    (c) => !position.has(c) && !OPTIONAL_PROJECT_COLUMNS.has(c),
  );
  if (missing.length > 0) {
    const noun = missing.length === 1 ? "column" : "columns";
    say(headerRow, inHeader, `missing ${noun} ${missing.map(quote).join(", ")}`);
  }
  for (const error of parsed.errors)
    if (error.row === 0 || error.row === undefined) say(headerRow, inHeader, error.message);
  if (found.length > 0) return failed();

  // --- The rows --------------------------------------------------------------------------------
  const read: ReadRow[] = [];
  rows.forEach((cells, i) => {
    const row = rowOf(i + 1);
    if (cells.every((c) => c.trim() === "")) return;
    const id = cells[position.get("id") ?? 0]?.trim() || null;
    for (const error of parsed.errors)
      if (error.row === i + 1) say(row, rowLabel([row], id), error.message);
    if (cells.length !== names.length) {
      say(
        row,
        rowLabel([row], id),
        `expected ${names.length} cells, one per column, got ${cells.length}`,
      );
      return;
    }
    const byColumn = Object.fromEntries(
      PROJECT_COLUMNS.map((c) => {
        const at = position.get(c);
        return [c, at === undefined ? "" : (cells[at] ?? "")];
      }),
    ) as Cells;
    const problems: CellProblem[] = [];
    const value = projectFromCsvRow(byColumn, (p) => problems.push(p));
    read.push({ row, id, cells: byColumn, value, problems });
  });
  if (read.length === 0 && found.length === 0)
    say(0, null, "no projects: there are no rows below the header");

  // Links from bundled documents to projects that are not in the file are left out, not errors.
  const ids = new Set(read.map((r) => r.id));
  let linksLeftOut = 0;
  const documents = bundled.documents.map((d) => {
    const kept = d.projectIds.filter((id) => ids.has(id));
    linksLeftOut += d.projectIds.length - kept.length;
    return kept.length === d.projectIds.length ? d : { ...d, projectIds: kept };
  });
  const { title, citation } = bundled.metadata;
  const candidate = {
    ...bundled,
    metadata: {
      ...bundled.metadata,
      title: `${title} (projects from “${file}”)`,
      citation: `${citation} Projects: the user's file “${file}”, not this dataset's.`,
    },
    projects: read.map((r) => r.value),
    documents,
  };

  /** A problem in a cell, with what the cell holds when `got` (a converted cell says it itself). */
  const sayCell = (r: ReadRow, { column, entry, message }: CellProblem, got: boolean) => {
    const at = entry === null ? column : `${column}: entry ${entry + 1}`;
    let suffix = "";
    const cell = Object.hasOwn(r.cells, column) ? r.cells[column as ProjectColumn] : undefined;
    if (got && cell !== undefined) {
      const split = column === "provinces" ? splitIds : splitList;
      const value =
        entry === null ? unescapeFormula(cell).trim() : (split(unescapeFormula(cell))[entry] ?? "");
      suffix =
        value !== ""
          ? `, got ${quote(value)}`
          : entry === null
            ? " (the cell is empty)"
            : " (the entry is empty)";
    }
    say(r.row, `${rowLabel([r.row], r.id)}: ${at}`, message + suffix, column);
  };

  const result = datasetSchema.safeParse(candidate);
  const schemaProblems = new Map<number, CellProblem[]>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [collection, index, ...rest] = issue.path;
      if (collection === "projects" && typeof index === "number") {
        const { column, entry } = columnOf(rest);
        schemaProblems.set(index, [
          ...(schemaProblems.get(index) ?? []),
          { column, entry, message: issue.message },
        ]);
      } else {
        say(0, null, `${issue.path.map(String).join(".")}: ${issue.message}`);
      }
    }
  }
  read.forEach((r, i) => {
    for (const p of r.problems) sayCell(r, p, false);
    const converted = new Set(r.problems.map((p) => p.column));
    for (const p of schemaProblems.get(i) ?? []) if (!converted.has(p.column)) sayCell(r, p, true);
  });
  if (found.length > 0 || !result.success) return failed();

  // --- The rules across records: unique ids, dates in order, places in Pakistan, units ----------
  const rowsOf = new Map<string, number[]>();
  for (const r of read) if (r.id) rowsOf.set(r.id, [...(rowsOf.get(r.id) ?? []), r.row]);
  for (const p of checkDataset(result.data, file)) {
    if (p.severity !== "error") continue;
    if (p.collection === "projects" && p.recordId !== null) {
      const { column, entry } = columnOf(p.field.split("."));
      const at =
        p.field === "location"
          ? "line_from_lat, line_from_lon, line_to_lat, line_to_lon"
          : entry === null
            ? column
            : `${column}: entry ${entry + 1}`;
      const atRows = rowsOf.get(p.recordId) ?? [];
      say(atRows[0] ?? 0, `${rowLabel(atRows, p.recordId)}: ${at}`, p.message, at);
    } else {
      found.push({ row: 0, column: -1, text: formatProblem({ ...p, file: DATASET_FILE }) });
    }
  }
  if (found.length > 0) return failed();
  return { ok: true, dataset: result.data, linksLeftOut };
}
