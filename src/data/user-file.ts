import { DatasetError, formatProblem } from "./dataset-error";
import { loadDataset } from "./fetch-dataset";
import type { Dataset } from "./schema";
import { decodeFile } from "./text-encoding";

/**
 * A file the user opens in place of the bundled data: a whole dataset as JSON, or a CSV of
 * projects (the columns of the projects download) shown with the bundled documents, meetings and
 * working groups. It is checked exactly like the bundled file (schema and cross-record rules),
 * kept in IndexedDB (its text, name and format) so it survives a reload, and dropped when the
 * user returns to the bundled data.
 */

/** Larger files are refused before they are read: the bundled dataset is about 0.6 MB. */
export const USER_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** Bytes in megabytes (MiB, as file managers count them), for messages. */
export function toMegabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}

export type UserFileProblem =
  | { kind: "too-large"; bytes: number; limit: number }
  | { kind: "empty" }
  | { kind: "binary" }
  /** UTF-16 without a byte-order mark: named, so it can be saved again as UTF-8. */
  | { kind: "utf16" }
  /** A byte that is not UTF-8 (a Latin-1 or Windows-1252 file), with its row. */
  | { kind: "not-utf8"; row: number; byte: number }
  | { kind: "unreadable"; message: string }
  /** A projects CSV needs the bundled data for the rest, and that could not be loaded. */
  | { kind: "no-bundled"; message: string }
  /** Not JSON or CSV, or a file that fails the schema or the cross-record checks: one line per problem. */
  | { kind: "invalid"; problems: string[] };

export type UserFileFormat = "json" | "csv";

export type UserFileResult =
  | { ok: true; name: string; text: string; format: "json"; dataset: Dataset }
  | {
      ok: true;
      name: string;
      text: string;
      format: "csv";
      dataset: Dataset;
      /** Links from bundled documents to projects the file does not have, left out. */
      linksLeftOut: number;
    }
  | { ok: false; name: string; problem: UserFileProblem };

/** How the file is read: JSON when it looks like JSON, else CSV when it is named or shaped so. */
export function detectFormat(name: string, text: string): UserFileFormat {
  if (/^\s*[[{]/.test(text)) return "json";
  return /\.csv$/i.test(name) || /^\ufeff?\s*(#|"?id"?\s*[,;\t])/.test(text) ? "csv" : "json";
}

interface CheckOptions {
  /** As stored; detected from the name and text when not given. */
  format?: UserFileFormat;
  /** The bundled dataset, which a projects CSV completes. */
  loadBundled?: () => Promise<Dataset>;
  /** Told how many records have been checked, of how many. */
  onProgress?: (done: number, total: number) => void;
}

const messageOf = (error: unknown) =>
  error instanceof DatasetError
    ? error.problems.map(formatProblem).join("; ")
    : error instanceof Error
      ? error.message
      : String(error);

/** Checks the text of a dataset JSON or projects CSV file; never throws. */
export async function checkUserText(
  name: string,
  text: string,
  { format = detectFormat(name, text), loadBundled = loadDataset, onProgress }: CheckOptions = {},
): Promise<UserFileResult> {
  if (text.trim() === "") return { ok: false, name, problem: { kind: "empty" } };
  if (format === "csv") {
    let bundled: Dataset;
    try {
      bundled = await loadBundled();
    } catch (error) {
      return { ok: false, name, problem: { kind: "no-bundled", message: messageOf(error) } };
    }
    // Papaparse is loaded only when a CSV is opened.
    const { parseProjectsCsv } = await import("./projects-csv");
    const result = parseProjectsCsv(text, name, bundled);
    return result.ok
      ? { ok: true, name, text, format, dataset: result.dataset, linksLeftOut: result.linksLeftOut }
      : { ok: false, name, problem: { kind: "invalid", problems: result.problems } };
  }
  // The validator (and zod) is loaded only when a file has to be checked.
  const { parseDatasetText } = await import("./load-dataset");
  try {
    return { ok: true, name, text, format, dataset: parseDatasetText(text, name, onProgress) };
  } catch (error) {
    const problems =
      error instanceof DatasetError
        ? error.problems.map(formatProblem)
        : [String(error instanceof Error ? error.message : error)];
    return { ok: false, name, problem: { kind: "invalid", problems } };
  }
}

/** Reads and checks a file the user chose or dropped. The size is checked before any byte is read. */
export async function readUserFile(
  file: Blob & { name: string },
  loadBundled?: () => Promise<Dataset>,
  check: typeof checkUserText = checkUserText,
  onProgress?: (done: number, total: number) => void,
): Promise<UserFileResult> {
  const { name } = file;
  if (file.size > USER_FILE_MAX_BYTES) {
    return {
      ok: false,
      name,
      problem: { kind: "too-large", bytes: file.size, limit: USER_FILE_MAX_BYTES },
    };
  }
  if (file.size === 0) return { ok: false, name, problem: { kind: "empty" } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, name, problem: { kind: "unreadable", message } };
  }
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return { ok: false, name, problem: decoded.problem };
  return check(name, decoded.text, { loadBundled, onProgress });
}
