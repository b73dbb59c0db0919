import type { z } from "zod";
import { checkDataset } from "./check-dataset";
import type { DatasetProblem } from "./dataset-error";
import {
  aggregateSchema,
  documentSchema,
  meetingSchema,
  metadataSchema,
  projectSchema,
  workingGroupSchema,
  type Dataset,
} from "./schema";

/**
 * A dataset checked record by record: each record against its own schema, then the cross-record
 * rules over the records that passed. Every problem is listed (a record that fails the schema does
 * not hide the rest of the file's problems), the work grows linearly with the file and never with
 * the call stack (zod, given 150,000 failing records in one array, spreads all their issues into
 * one call and overflows it), and progress can be reported as it goes.
 */

const COLLECTIONS = {
  projects: projectSchema,
  documents: documentSchema,
  meetings: meetingSchema,
  workingGroups: workingGroupSchema,
  aggregates: aggregateSchema,
} as const;
type Collection = keyof typeof COLLECTIONS;
const NAMES = Object.keys(COLLECTIONS) as Collection[];

export interface Validation {
  /** The dataset when nothing is wrong with it. */
  dataset: Dataset | null;
  problems: DatasetProblem[];
}

/** Records checked between two progress reports. */
const PROGRESS_EVERY = 2000;

function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

function idOf(record: unknown): string | null {
  if (typeof record === "object" && record !== null && Object.hasOwn(record, "id")) {
    const id = (record as { id: unknown }).id;
    if (typeof id === "string" && id.length > 0) return id;
  }
  return null;
}

const REFERENCE = /^refers to unknown (\w+) id "(.*)"$/;

export function validateDataset(
  input: unknown,
  file: string,
  onProgress?: (done: number, total: number) => void,
): Validation {
  const problems: DatasetProblem[] = [];
  const add = (collection: string, recordId: string | null, field: string, message: string) =>
    problems.push({ file, collection, recordId, field, message });
  const addIssues = (collection: string, recordId: string | null, issues: z.core.$ZodIssue[]) => {
    for (const issue of issues) add(collection, recordId, issuePath(issue.path), issue.message);
  };

  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    add("(file)", null, "", "expected an object with metadata, projects, documents, meetings…");
    return { dataset: null, problems };
  }
  const object = input as Record<string, unknown>;
  const field = (name: string): unknown => (Object.hasOwn(object, name) ? object[name] : undefined);

  const metadata = metadataSchema.safeParse(field("metadata"));
  if (!metadata.success) addIssues("metadata", null, metadata.error.issues);

  const lists = NAMES.map((name) => {
    const list = field(name);
    if (!Array.isArray(list)) {
      // As zod says it, so a file's problems read alike whichever check found them.
      add(
        name,
        null,
        "",
        `Invalid input: expected array, received ${list === null ? "null" : typeof list}`,
      );
      return [] as unknown[];
    }
    return list as unknown[];
  });
  const total = lists.reduce((n, list) => n + list.length, 0);
  let done = 0;
  const passed = {} as { [K in Collection]: z.infer<(typeof COLLECTIONS)[K]>[] };
  /** Ids of records that failed their schema: references to them are not "unknown". */
  const failed = new Map<string, Set<string>>();
  NAMES.forEach((name, n) => {
    const schema = COLLECTIONS[name];
    const ok: unknown[] = [];
    const failedIds = new Set<string>();
    lists[n]!.forEach((record, index) => {
      const result = schema.safeParse(record);
      if (result.success) ok.push(result.data);
      else {
        const id = idOf(record);
        if (id !== null) failedIds.add(id);
        addIssues(name, id ?? `#${index}`, result.error.issues);
      }
      done++;
      if (onProgress && done % PROGRESS_EVERY === 0) onProgress(done, total);
    });
    (passed as Record<Collection, unknown[]>)[name] = ok;
    failed.set(name, failedIds);
  });
  onProgress?.(total, total);

  const candidate = metadata.success ? { metadata: metadata.data, ...passed } : null;
  if (candidate) {
    for (const p of checkDataset(candidate as Dataset, file)) {
      if (p.severity !== "error") continue;
      const ref = REFERENCE.exec(p.message);
      // A reference to a record already reported for its schema is not a second problem.
      if (ref && failed.get(ref[1]!)?.has(ref[2]!)) continue;
      add(p.collection, p.recordId, p.field, p.message);
    }
  }
  return problems.length === 0 && candidate
    ? { dataset: candidate as Dataset, problems }
    : { dataset: null, problems };
}
