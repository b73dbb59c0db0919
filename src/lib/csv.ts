import Papa from "papaparse";

export type CsvCell = string | number | boolean | null;

/**
 * A CSV file: `#` comment lines first (what the file is, its version, citation and filters), then
 * the header row and one row per record. Cells are quoted by papaparse where needed; a text cell
 * that a spreadsheet would run as a formula (starting with =, +, -, @) is prefixed with ' so it is
 * shown as text (OWASP "CSV injection"). Lines end in CRLF (RFC 4180).
 */
export function toCsv<C extends string>({
  comments,
  columns,
  rows,
}: {
  comments: readonly string[];
  columns: readonly C[];
  rows: readonly Record<C, CsvCell>[];
}): string {
  const head = comments.map((c) => `# ${c.replace(/[\r\n]+/g, " ")}\r\n`).join("");
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c])) },
    { newline: "\r\n", escapeFormulae: true, header: true },
  );
  // papaparse ends a header-only file with a line break itself.
  return head + (body.endsWith("\r\n") ? body : `${body}\r\n`);
}

/** A CSV string as a file; the byte-order mark makes spreadsheet programs read it as UTF-8. */
export function csvBlob(csv: string): Blob {
  return new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" });
}
