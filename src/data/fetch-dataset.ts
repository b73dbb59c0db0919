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

/**
 * The bundled dataset, and whether its bytes were those the build checked (and so those the
 * build's first screen was drawn from: see app/start.tsx).
 */
export interface BundledDataset {
  dataset: Dataset;
  buildChecked: boolean;
}

/** Parses and checks the text of a dataset file, unless the build already checked these bytes. */
export async function parseBundledText(text: string): Promise<BundledDataset> {
  if (await isCheckedAtBuild(text))
    return { dataset: JSON.parse(text) as Dataset, buildChecked: true };
  const { parseDatasetText } = await import("./load-dataset");
  return { dataset: parseDatasetText(text), buildChecked: false };
}

/** Loads the bundled dataset. */
export async function loadDataset(): Promise<Dataset> {
  return (await loadBundledDataset()).dataset;
}

/** Loads the bundled dataset: fetch → (build-checked bytes, or schema and cross-record checks). */
export async function loadBundledDataset(): Promise<BundledDataset> {
  // The single-file build (opened from disk, where fetch is not allowed) has the data compiled in.
  if (import.meta.env.VITE_EMBED_DATA === "1") {
    const embedded = (await import("../../public/data/cpec-dataset.json")).default;
    // The file compiled in is the one the build checked in full (when it passed): used as it is,
    // as the served build uses those bytes when fetched.
    if (expectedDigest() !== "")
      return { dataset: embedded as unknown as Dataset, buildChecked: true };
    const { parseDataset } = await import("./load-dataset");
    return { dataset: parseDataset(embedded), buildChecked: false };
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
