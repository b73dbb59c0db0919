import Papa from "papaparse";

export type CsvCell = string | number | boolean | null;

/**
 * A CSV file: `#` comment lines first (what the file is, its version, citation and filters), then
 * the header row and one row per record. Cells are quoted by papaparse where needed; a text cell
 * that a spreadsheet would run as a formula (starting with =, +, -, @) is prefixed with ' so it is
 * shown as text (OWASP "CSV injection"). Lines end in CRLF (RFC 4180).
 *
 * A spreadsheet splits the `#` lines into cells too ("# Filters: q=x,=HYPERLINK(…)" has a second
 * cell "=HYPERLINK(…)"), so they are escaped the same way: see escapeCaption.
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
  const head = comments.map((c) => `# ${escapeCaption(c)}\r\n`).join("");
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c])) },
    { newline: "\r\n", escapeFormulae: true, header: true },
  );
  // papaparse ends a header-only file with a line break itself.
  return head + (body.endsWith("\r\n") ? body : `${body}\r\n`);
}

/**
 * A `#` caption line as one line whose every cell a spreadsheet may cut it into (at a comma,
 * semicolon or tab, a quote opening the cell) is text: line breaks become spaces, and a cell that
 * would start with =, +, - or @ gets the same ' as a cell of the table. The first cell starts with
 * "#", so the line's start is already text.
 */
export function escapeCaption(caption: string): string {
  return caption.replace(/[\r\n]+/g, " ").replace(/([,;\t][\s"]*)(?=[=+\-@])/g, "$1'");
}

/** A CSV string as a file; the byte-order mark makes spreadsheet programs read it as UTF-8. */
export function csvBlob(csv: string): Blob {
  return new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" });
}
