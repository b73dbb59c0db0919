import type { z } from "zod";
import { DATASET_FILE, datasetSchema, type Dataset } from "./schema";
import { checkDataset } from "./check-dataset";

/** One problem in a dataset file, located precisely enough to fix by hand. */
export interface DatasetProblem {
  file: string;
  /** "projects", "meetings", … or "metadata" / "(file)". */
  collection: string;
  /** The record's id where it has one, else its position ("#12"). */
  recordId: string | null;
  /** Dotted path inside the record ("cost.usdMillions"). */
  field: string;
  message: string;
}

export class DatasetError extends Error {
  readonly problems: DatasetProblem[];
  constructor(problems: DatasetProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "DatasetError";
    this.problems = problems;
  }
}

export function formatProblem(p: DatasetProblem): string {
  const record = p.recordId === null ? p.collection : `${p.collection}/${p.recordId}`;
  return `${p.file}:${record}:${p.field || "(record)"}: ${p.message}`;
}

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

/** Turns zod issues into problems named by file, record id and field. */
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

/** Validates parsed JSON: the schema first, then the cross-record rules. Throws DatasetError. */
export function parseDataset(input: unknown, file: string = DATASET_FILE): Dataset {
  const result = datasetSchema.safeParse(input);
  if (!result.success) throw new DatasetError(issuesToProblems(result.error.issues, input, file));
  const problems = checkDataset(result.data, file).filter((p) => p.severity === "error");
  if (problems.length > 0) throw new DatasetError(problems);
  return result.data;
}

/** Parses the text of a dataset file. Not-JSON is reported like any other problem. */
export function parseDatasetText(text: string, file: string = DATASET_FILE): Dataset {
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
  return parseDataset(json, file);
}

export function datasetUrl(): string {
  return `${import.meta.env.BASE_URL}data/${DATASET_FILE}`;
}

/** Loads the bundled dataset: fetch → JSON → schema → cross-record checks. */
export async function loadDataset(): Promise<Dataset> {
  // The single-file build (opened from disk, where fetch is not allowed) has the data compiled in.
  if (import.meta.env.VITE_EMBED_DATA === "1") {
    const embedded = await import("../../public/data/cpec-dataset.json");
    return parseDataset(embedded.default);
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
  return parseDatasetText(await response.text());
}
