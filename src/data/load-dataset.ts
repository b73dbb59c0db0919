import type { z } from "zod";
import { DatasetError, formatProblem, type DatasetProblem } from "./dataset-error";
import type { Dataset } from "./schema";
import { validateDataset } from "./validate-dataset";
import { DATASET_FILE } from "./vocabulary";

/**
 * Validation of a dataset file: the zod schema, then the cross-record rules. This module (and zod
 * with it) is loaded only when a file has to be checked: a user's own file, or a bundled file that
 * is not byte for byte the one the build checked (see ./fetch-dataset).
 */

export { DatasetError, formatProblem, type DatasetProblem };

function recordIdAt(input: unknown, collection: PropertyKey, index: PropertyKey): string {
  if (typeof input === "object" && input !== null) {
    const list = (input as Record<PropertyKey, unknown>)[collection];
    if (Array.isArray(list) && typeof index === "number") {
      const record: unknown = list[index];
      if (typeof record === "object" && record !== null && "id" in record) {
        const id = (record as { id: unknown }).id;
        if (typeof id === "string" && id.length > 0) return id;
      }
    }
  }
  return `#${String(index)}`;
}

/** Turns zod issues into problems named by file, record id and field (scripts/data-check). */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  file: string,
): DatasetProblem[] {
  return issues.map((issue) => {
    const [collection, index, ...rest] = issue.path;
    if (collection === undefined) {
      return { file, collection: "(file)", recordId: null, field: "", message: issue.message };
    }
    if (collection === "metadata" || index === undefined || typeof index !== "number") {
      const path = [index, ...rest].filter((p) => p !== undefined).map(String);
      return {
        file,
        collection: String(collection),
        recordId: null,
        field: path.join("."),
        message: issue.message,
      };
    }
    return {
      file,
      collection: String(collection),
      recordId: recordIdAt(input, collection, index),
      field: rest.map(String).join("."),
      message: issue.message,
    };
  });
}

/**
 * Validates parsed JSON record by record: each record's schema, then the cross-record rules; every
 * problem is listed (./validate-dataset). Throws DatasetError.
 */
export function parseDataset(
  input: unknown,
  file: string = DATASET_FILE,
  onProgress?: (done: number, total: number) => void,
): Dataset {
  const { dataset, problems } = validateDataset(input, file, onProgress);
  if (!dataset) throw new DatasetError(problems);
  return dataset;
}

/** Parses the text of a dataset file. Not-JSON is reported like any other problem. */
export function parseDatasetText(
  text: string,
  file: string = DATASET_FILE,
  onProgress?: (done: number, total: number) => void,
): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetError([
      {
        file,
        collection: "(file)",
        recordId: null,
        field: "",
        message: `not valid JSON (${detail})`,
      },
    ]);
  }
  return parseDataset(json, file, onProgress);
}
