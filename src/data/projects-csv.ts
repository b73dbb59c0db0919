import Papa from "papaparse";
import { checkDataset } from "./check-dataset";
import { formatProblem } from "./dataset-error";
import { datasetSchema, type Dataset } from "./schema";
import { LIST_SEPARATOR, PROJECT_COLUMNS, type ProjectColumn } from "./selectors/sources";
import { DATASET_FILE } from "./vocabulary";

/**
 * Reads a projects CSV — the columns of the projects download (selectors/sources.ts documents
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

type Cells = Record<ProjectColumn, string>;

/** Where a schema path ("cost.original.amount", "sources.date") is written in the file. */
const COLUMN_OF_FIELD: Record<string, string> = {
  id: "id",
  name: "name",
  "names.ur": "name_ur",
  "names.zh": "name_zh",
  sector: "sector",
  subtype: "subtype",
  provinces: "provinces",
  status: "status",
  "capacity.value": "capacity_value",
  "capacity.unit": "capacity_unit",
  "capacity.note": "capacity_note",
  "cost.usdMillions": "cost_usd_millions",
  "cost.stage": "cost_stage",
  "cost.asOf": "cost_as_of",
  "cost.original.amount": "cost_original_amount",
  "cost.original.currency": "cost_original_currency",
  "cost.original.ratePerUsd": "cost_rate_per_usd",
  "cost.original.rateBasis": "cost_rate_basis",
  "cost.original.rateSource.publisher": "cost_rate_source_publisher",
  "cost.original.rateSource.title": "cost_rate_source_title",
  "cost.original.rateSource.date": "cost_rate_source_date",
  "cost.original.rateSource.url": "cost_rate_source_url",
  "cost.original.rateSource.note": "cost_rate_source_note",
  "dates.start": "start",
  "dates.plannedCompletion": "planned_completion",
  "dates.completion": "completion",
  location: "location_precision",
  "location.precision": "location_precision",
  "location.place": "location_name",
  "location.point.name": "location_name",
  "location.point.lat": "lat",
  "location.point.lon": "lon",
  "location.point": "lat, lon",
  "location.from.name": "line_from_name",
  "location.from.lat": "line_from_lat",
  "location.from.lon": "line_from_lon",
  "location.to.name": "line_to_name",
  "location.to.lat": "line_to_lat",
  "location.to.lon": "line_to_lon",
  sponsors: "sponsors",
  financiers: "financiers",
  countInAggregates: "count_in_aggregates",
  lastVerified: "last_verified",
  confidence: "confidence",
  notes: "notes",
  sources: "source_urls",
  "sources.publisher": "source_publishers",
  "sources.title": "source_titles",
  "sources.date": "source_dates",
  "sources.url": "source_urls",
  "sources.note": "source_notes",
  conflicts: "(conflicts)",
};

/** A path inside a project → its column, and the list entry (0-based) for list columns. */
function columnOf(path: readonly PropertyKey[]): { column: string; entry: number | null } {
  let entry: number | null = null;
  const keys: string[] = [];
  for (const part of path) {
    if (typeof part === "number" || /^\d+$/.test(String(part))) entry = Number(part);
    else keys.push(String(part));
  }
  const key = keys.join(".");
  return { column: Object.hasOwn(COLUMN_OF_FIELD, key) ? COLUMN_OF_FIELD[key]! : key, entry };
}

/** The location columns each precision uses; the others must be empty. */
const LOCATION_COLUMNS = [
  "location_name",
  "lat",
  "lon",
  "line_from_name",
  "line_from_lat",
  "line_from_lon",
  "line_to_name",
  "line_to_lat",
  "line_to_lon",
] as const satisfies readonly ProjectColumn[];
const LOCATION_USES: Record<string, readonly ProjectColumn[]> = {
  exact: ["location_name", "lat", "lon"],
  town: ["location_name", "lat", "lon"],
  line: [
    "line_from_name",
    "line_from_lat",
    "line_from_lon",
    "line_to_name",
    "line_to_lat",
    "line_to_lon",
  ],
  province: [],
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The download writes "'" before a cell a spreadsheet would run as a formula (lib/csv.ts). */
function unescapeFormula(cell: string): string {
  return cell.replace(/^'(?=[=+\-@\t\r])/, "");
}

/** The entries of a list cell: split at "|" (not "\|"), trimmed; none for an empty cell. */
export function splitList(cell: string): string[] {
  if (cell.trim() === "") return [];
  return cell.split(/(?<!\\)\|/).map((e) => e.trim().replaceAll("\\|", "|"));
}

/** Province ids are written with ";"; "|" is read too, as in the other list columns. */
function splitIds(cell: string): string[] {
  return cell
    .split(/[;|]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

const quote = (s: string) => `"${s}"`;
const entries = (n: number) => (n === 1 ? "1 entry" : `${n} entries`);

interface CellProblem {
  column: string;
  entry: number | null;
  message: string;
}

/**
 * One row's cells → a project-shaped value for the schema to check. A cell that cannot be
 * converted (not a number, not true/false, a list of the wrong length) is reported here; the
 * schema's problems on the same column are then left out, so each mistake is said once.
 */
function rowToProject(cells: Cells, report: (problem: CellProblem) => void): unknown {
  const raw = (c: ProjectColumn) => unescapeFormula(cells[c]);
  const blank = (c: ProjectColumn) => raw(c).trim() === "";
  const problem = (column: ProjectColumn, message: string) =>
    report({ column, entry: null, message });
  /** Free text, as written. */
  const text = (c: ProjectColumn) => raw(c);
  const optText = (c: ProjectColumn) => (blank(c) ? null : raw(c));
  /** Ids, enum values, dates: surrounding spaces are not meant. */
  const token = (c: ProjectColumn) => raw(c).trim();
  const optToken = (c: ProjectColumn) => (blank(c) ? null : token(c));
  const num = (c: ProjectColumn, required: boolean): unknown => {
    if (blank(c)) {
      if (required) problem(c, "expected a number, got an empty cell");
      return required ? undefined : null;
    }
    const value = token(c);
    if (NUMBER.test(value)) return Number(value);
    problem(c, `expected a number, got ${quote(value)}`);
    return value;
  };
  const bool = (c: ProjectColumn): unknown => {
    const value = token(c).toLowerCase();
    if (value === "true" || value === "false") return value === "true";
    problem(c, `expected true or false, got ${blank(c) ? "an empty cell" : quote(token(c))}`);
    return token(c);
  };
  const list = (c: ProjectColumn) => splitList(raw(c));

  const precision = token("location_precision");
  // A value from the file picks an entry: only the table's own (`constructor` is not a precision).
  const uses = Object.hasOwn(LOCATION_USES, precision) ? LOCATION_USES[precision] : undefined;
  if (uses) {
    for (const c of LOCATION_COLUMNS)
      if (!uses.includes(c) && !blank(c))
        problem(c, `must be empty when location_precision is ${quote(precision)}`);
  } else {
    problem(
      "location_precision",
      `expected one of "exact", "town", "line" or "province", got ${blank("location_precision") ? "an empty cell" : quote(precision)}`,
    );
  }
  const end = (prefix: "line_from" | "line_to") => ({
    name: text(`${prefix}_name`),
    lat: num(`${prefix}_lat`, true),
    lon: num(`${prefix}_lon`, true),
  });
  const location =
    precision === "exact"
      ? {
          precision,
          point: { lat: num("lat", true), lon: num("lon", true) },
          place: text("location_name"),
        }
      : precision === "town"
        ? {
            precision,
            point: { name: text("location_name"), lat: num("lat", true), lon: num("lon", true) },
          }
        : precision === "line"
          ? { precision, from: end("line_from"), to: end("line_to") }
          : { precision };

  const any = (cols: readonly ProjectColumn[]) => cols.some((c) => !blank(c));
  const capacity = any(["capacity_value", "capacity_unit", "capacity_note"])
    ? {
        value: num("capacity_value", true),
        unit: token("capacity_unit"),
        ...(!blank("capacity_note") && { note: text("capacity_note") }),
      }
    : null;
  const originalColumns = [
    "cost_original_amount",
    "cost_original_currency",
    "cost_rate_per_usd",
    "cost_rate_basis",
    "cost_rate_source_publisher",
    "cost_rate_source_title",
    "cost_rate_source_date",
    "cost_rate_source_url",
    "cost_rate_source_note",
  ] as const;
  const original = any(originalColumns)
    ? {
        amount: num("cost_original_amount", true),
        currency: token("cost_original_currency"),
        ratePerUsd: num("cost_rate_per_usd", true),
        rateBasis: text("cost_rate_basis"),
        rateSource: {
          publisher: text("cost_rate_source_publisher"),
          title: text("cost_rate_source_title"),
          date: optToken("cost_rate_source_date"),
          url: token("cost_rate_source_url"),
          ...(!blank("cost_rate_source_note") && { note: text("cost_rate_source_note") }),
        },
      }
    : undefined;
  const cost =
    original || any(["cost_usd_millions", "cost_stage", "cost_as_of"])
      ? {
          usdMillions: num("cost_usd_millions", true),
          stage: token("cost_stage"),
          asOf: optToken("cost_as_of"),
          ...(original && { original }),
        }
      : null;

  // The sources are as many as their URLs; the other source columns follow them by position.
  const urls = list("source_urls");
  const matched = (c: ProjectColumn, optional: boolean): string[] => {
    const values = list(c);
    if (optional && values.length === 0) return urls.map(() => "");
    if (values.length !== urls.length) {
      problem(
        c,
        `expected ${entries(urls.length)} separated by ${quote(LIST_SEPARATOR)}, one per URL in source_urls, got ${values.length}`,
      );
    }
    return values;
  };
  const publishers = matched("source_publishers", false);
  const titles = matched("source_titles", false);
  const dates = matched("source_dates", true);
  const notes = matched("source_notes", true);
  const sources = urls.map((url, i) => ({
    publisher: publishers[i] ?? "",
    title: titles[i] ?? "",
    date: dates[i] ? dates[i] : null,
    url,
    ...(notes[i] ? { note: notes[i] } : {}),
  }));

  return {
    id: token("id"),
    name: text("name"),
    ...(any(["name_ur", "name_zh"]) && {
      names: {
        ...(!blank("name_ur") && { ur: text("name_ur") }),
        ...(!blank("name_zh") && { zh: text("name_zh") }),
      },
    }),
    sector: token("sector"),
    subtype: token("subtype"),
    provinces: splitIds(raw("provinces")),
    location,
    capacity,
    cost,
    status: token("status"),
    dates: {
      start: optToken("start"),
      plannedCompletion: optToken("planned_completion"),
      completion: optToken("completion"),
    },
    sponsors: list("sponsors"),
    financiers: list("financiers"),
    countInAggregates: bool("count_in_aggregates"),
    lastVerified: token("last_verified"),
    conflicts: [],
    sources,
    confidence: token("confidence"),
    notes: optText("notes"),
  };
}

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
  const missing = PROJECT_COLUMNS.filter((c) => !position.has(c));
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
      PROJECT_COLUMNS.map((c) => [c, cells[position.get(c) ?? 0] ?? ""]),
    ) as Cells;
    const problems: CellProblem[] = [];
    const value = rowToProject(byColumn, (p) => problems.push(p));
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
