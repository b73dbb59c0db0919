import { DatasetError, formatProblem } from "./dataset-error";
import { loadDataset } from "./fetch-dataset";
import type { Dataset } from "./schema";

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
}

/** The text of a file as UTF-8, or null when it is not text (NUL bytes or invalid UTF-8). */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    // A byte-order mark is dropped by the decoder.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
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
  { format = detectFormat(name, text), loadBundled = loadDataset }: CheckOptions = {},
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
    return { ok: true, name, text, format, dataset: parseDatasetText(text, name) };
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
  const text = decodeText(bytes);
  if (text === null) return { ok: false, name, problem: { kind: "binary" } };
  return checkUserText(name, text, { loadBundled });
}

// --- Where the dashboard's data comes from, for the header to say so ---------------------------

export type DatasetSource =
  | { kind: "bundled" }
  /**
   * `format` "csv": only the projects are the file's. `temporary`: the browser would not store
   * the file, so it is shown for this visit only.
   */
  | { kind: "user"; name: string; format: UserFileFormat; temporary?: boolean }
  /** A saved file no longer passed the checks at load: the bundled data is shown instead. */
  | { kind: "stored-invalid"; name: string; problems: string[] };

let source: DatasetSource = { kind: "bundled" };
const listeners = new Set<() => void>();

export function getDatasetSource(): DatasetSource {
  return source;
}

export function setDatasetSource(next: DatasetSource): void {
  source = next;
  for (const listener of listeners) listener();
}

export function subscribeDatasetSource(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// --- IndexedDB: one record, the file the user chose -------------------------------------------

const DB_NAME = "cpec-dashboard";
const STORE = "user-dataset";
const KEY = "current";
/** IndexedDB can hang (a blocked upgrade, a locked-down profile): the data must still load. */
const DB_TIMEOUT_MS = 3000;

export interface StoredUserFile {
  name: string;
  text: string;
  /** Absent in records saved before CSV files could be opened: those are JSON. */
  format?: UserFileFormat;
  savedAt: string;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("IndexedDB did not answer")), DB_TIMEOUT_MS);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function openDb(): Promise<IDBDatabase> {
  return withTimeout(
    new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === "undefined") {
        reject(new Error("IndexedDB is not available"));
        return;
      }
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
    }),
  );
}

async function transact<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await openDb();
  try {
    return await withTimeout(
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = run(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request.result as T);
        tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
        tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
      }),
    );
  } finally {
    db.close();
  }
}

export async function saveUserFile(
  name: string,
  text: string,
  format: UserFileFormat,
): Promise<void> {
  const record: StoredUserFile = { name, text, format, savedAt: new Date().toISOString() };
  await transact("readwrite", (store) => store.put(record, KEY));
  markUserFile(true);
}

/**
 * A mark beside the stored file, which the page's first script can read at once (IndexedDB
 * answers only later): with a file of the user's, the build's first screen (bundled data) is not
 * shown. See public/first-screen.js.
 */
export const USER_FILE_MARK = "cpec-user-data";

function markUserFile(stored: boolean): void {
  try {
    if (stored) localStorage.setItem(USER_FILE_MARK, "1");
    else localStorage.removeItem(USER_FILE_MARK);
  } catch {
    // No storage: the app still finds the file (or none) and renders it; only sooner or later.
  }
}

/** The saved file, or null when there is none or storage cannot be read. */
export async function readStoredUserFile(): Promise<StoredUserFile | null> {
  try {
    const value = await transact<unknown>("readonly", (store) => store.get(KEY));
    if (
      typeof value === "object" &&
      value !== null &&
      typeof (value as StoredUserFile).name === "string" &&
      typeof (value as StoredUserFile).text === "string"
    ) {
      const { name, text, format, savedAt } = value as StoredUserFile;
      return {
        name,
        text,
        ...((format === "json" || format === "csv") && { format }),
        savedAt,
      };
    }
    return null;
  } catch {
    return null;
  }
}

export async function clearUserFile(): Promise<void> {
  markUserFile(false);
  try {
    await transact("readwrite", (store) => store.delete(KEY));
  } catch {
    // Nothing stored, or no storage: there is nothing to clear.
  }
}

/**
 * The dataset the dashboard shows: the user's saved file when there is one and it passes the
 * checks, else the bundled data (and, when a saved file failed, the header says so). The bundled
 * file is fetched at the same time, so a first visit waits for nothing extra.
 */
export async function loadActiveDataset(
  loadBundled: () => Promise<Dataset> = loadDataset,
  readStored: () => Promise<StoredUserFile | null> = readStoredUserFile,
): Promise<Dataset> {
  const bundled = loadBundled();
  // Handled below when it is needed; a failure while the user's file is shown is not an error.
  bundled.catch(() => undefined);
  const stored = await readStored();
  if (stored) {
    // A stored CSV is read as CSV again, with the bundled data loading above.
    const result = await checkUserText(stored.name, stored.text, {
      format: stored.format ?? "json",
      loadBundled: () => bundled,
    });
    if (result.ok) {
      setDatasetSource({ kind: "user", name: stored.name, format: result.format });
      return result.dataset;
    }
    if (result.problem.kind === "no-bundled") {
      // The file is not at fault: keep it for the next visit, and let the bundled data's error show.
      setDatasetSource({ kind: "bundled" });
      return bundled;
    }
    const problems =
      result.problem.kind === "invalid" ? result.problem.problems : [result.problem.kind];
    setDatasetSource({ kind: "stored-invalid", name: stored.name, problems });
    await clearUserFile();
  } else {
    setDatasetSource({ kind: "bundled" });
    markUserFile(false);
  }
  return bundled;
}
