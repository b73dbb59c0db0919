import { createStore, del, get, set, type UseStore } from "idb-keyval";
import { USER_DATA_KEY } from "@/first-screen/protocol";
import { loadBundledDataset, type BundledDataset } from "./fetch-dataset";
import type { Dataset } from "./schema";
import { checkUserText, type UserFileFormat } from "./user-file";

/**
 * The user's own data file as the dashboard keeps it: where the data shown comes from (for the
 * header to say so), the file kept in IndexedDB, and the choice at start between it and the
 * bundled data. Reading and checking a file: ./user-file.
 */

// --- Where the dashboard's data comes from, for the header to say so ---------------------------

export type DatasetSource =
  /** `buildChecked`: the bytes are those the build checked and drew its first screen from. */
  | { kind: "bundled"; buildChecked?: boolean }
  /**
   * `format` "csv": only the projects are the file's. `temporary`: the browser would not store
   * the file, so it is shown for this visit only.
   */
  | { kind: "user"; name: string; format: UserFileFormat; temporary?: boolean }
  /** A saved file no longer passed the checks at load: the bundled data is shown instead. */
  | { kind: "stored-invalid"; name: string; problems: string[] };

/** What the dataset query holds: the data shown and where it comes from. */
export interface LoadedDataset {
  dataset: Dataset;
  source: DatasetSource;
}

// --- IndexedDB (idb-keyval): one record, the file the user chose ---------------------------------

/** The database and store earlier releases wrote, so a file saved by them is still found. */
const userFileStore = createStore("cpec-dashboard", "user-dataset");
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

/** Runs one idb-keyval call, failing instead of hanging or throwing where IndexedDB is missing. */
async function withStore<T>(run: (store: UseStore) => Promise<T>): Promise<T> {
  if (typeof indexedDB === "undefined") throw new Error("IndexedDB is not available");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("IndexedDB did not answer")), DB_TIMEOUT_MS);
  });
  try {
    return await Promise.race([run(userFileStore), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function saveUserFile(
  name: string,
  text: string,
  format: UserFileFormat,
): Promise<void> {
  const record: StoredUserFile = { name, text, format, savedAt: new Date().toISOString() };
  await withStore((store) => set(KEY, record, store));
  markUserFile(true);
}

/**
 * A mark beside the stored file, which the page's first script can read at once (IndexedDB
 * answers only later): with a file of the user's, the build's first screen (bundled data) is not
 * shown. See docs/first-screen.md.
 */
function markUserFile(stored: boolean): void {
  try {
    if (stored) localStorage.setItem(USER_DATA_KEY, "1");
    else localStorage.removeItem(USER_DATA_KEY);
  } catch {
    // No storage: the app still finds the file (or none) and renders it; only sooner or later.
  }
}

/** The saved file, or null when there is none or storage cannot be read. */
export async function readStoredUserFile(): Promise<StoredUserFile | null> {
  try {
    const value = await withStore((store) => get<unknown>(KEY, store));
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
    await withStore((store) => del(KEY, store));
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
  loadBundled: () => Promise<BundledDataset> = loadBundledDataset,
  readStored: () => Promise<StoredUserFile | null> = readStoredUserFile,
): Promise<LoadedDataset> {
  const bundled = loadBundled();
  // Handled below when it is needed; a failure while the user's file is shown is not an error.
  bundled.catch(() => undefined);
  const bundledData = () => bundled.then((b) => b.dataset);
  const fromBundle = async (): Promise<LoadedDataset> => {
    const b = await bundled;
    return { dataset: b.dataset, source: { kind: "bundled", buildChecked: b.buildChecked } };
  };
  const stored = await readStored();
  if (!stored) {
    markUserFile(false);
    return fromBundle();
  }
  // A stored CSV is read as CSV again, with the bundled data loading above.
  const result = await checkUserText(stored.name, stored.text, {
    format: stored.format ?? "json",
    loadBundled: bundledData,
  });
  if (result.ok)
    return {
      dataset: result.dataset,
      source: { kind: "user", name: stored.name, format: result.format },
    };
  // The file is not at fault: keep it for the next visit, and let the bundled data's error show.
  if (result.problem.kind === "no-bundled") return fromBundle();
  const problems =
    result.problem.kind === "invalid" ? result.problem.problems : [result.problem.kind];
  // Kept until the reader has seen why and sets it aside (the header's notice lists the problems).
  const shown = await fromBundle();
  return { ...shown, source: { kind: "stored-invalid", name: stored.name, problems } };
}
