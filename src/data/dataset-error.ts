/** Problems in a dataset file, located precisely enough to fix by hand. No zod here. */

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
