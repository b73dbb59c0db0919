import { DatasetError } from "./dataset-error";
import type { Dataset } from "./schema";
import { DATASET_FILE } from "./vocabulary";

/**
 * Loads the bundled dataset. The build checks the bundled file with the full schema and the
 * cross-record rules and records the SHA-256 of the file it passed (VITE_DATASET_SHA256, see
 * `datasetDigestPlugin` in vite.config.ts). A file that is byte for byte that one is only parsed;
 * any other — edited on the server, replaced, truncated — is checked in full, loading the
 * validator (and zod) only then, and a failure names the file, record and field as always.
 */

export function datasetUrl(): string {
  return `${import.meta.env.BASE_URL}data/${DATASET_FILE}`;
}

const expectedDigest = (): string => String(import.meta.env.VITE_DATASET_SHA256 ?? "");

async function sha256Hex(text: string): Promise<string | null> {
  // Not available outside a secure context (a page served over plain http from another machine).
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return null;
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** True when `text` is exactly the file the build checked. */
export async function isCheckedAtBuild(text: string): Promise<boolean> {
  const expected = expectedDigest();
  if (!expected) return false;
  try {
    return (await sha256Hex(text)) === expected;
  } catch {
    return false;
  }
}

let lastWasBuildChecked = false;

/**
 * True when the bundled file last loaded was byte for byte the one the build checked, and so
 * the one the build's first screen was drawn from (see app/start.tsx).
 */
export function loadedBuildCheckedFile(): boolean {
  return lastWasBuildChecked;
}

/** Parses and checks the text of a dataset file, unless the build already checked these bytes. */
export async function parseBundledText(text: string): Promise<Dataset> {
  lastWasBuildChecked = await isCheckedAtBuild(text);
  if (lastWasBuildChecked) return JSON.parse(text) as Dataset;
  const { parseDatasetText } = await import("./load-dataset");
  return parseDatasetText(text);
}

/** Loads the bundled dataset: fetch → (build-checked bytes, or schema and cross-record checks). */
export async function loadDataset(): Promise<Dataset> {
  // The single-file build (opened from disk, where fetch is not allowed) has the data compiled in.
  if (import.meta.env.VITE_EMBED_DATA === "1") {
    const embedded = (await import("../../public/data/cpec-dataset.json")).default;
    // The file compiled in is the one the build checked in full (when it passed): used as it is,
    // as the served build uses those bytes when fetched.
    lastWasBuildChecked = expectedDigest() !== "";
    if (lastWasBuildChecked) return embedded as unknown as Dataset;
    const { parseDataset } = await import("./load-dataset");
    return parseDataset(embedded);
  }
  const response = await fetch(datasetUrl());
  if (!response.ok) {
    throw new DatasetError([
      {
        file: DATASET_FILE,
        collection: "(file)",
        recordId: null,
        field: "",
        message: `could not be loaded (HTTP ${response.status})`,
      },
    ]);
  }
  return parseBundledText(await response.text());
}
