/**
 * npm run data:check — validates the bundled dataset: the schema, then the cross-record rules.
 * Prints every problem as file:collection/record-id:field: message (not just the first), then the
 * counts and the totals the dashboard shows. Exits 1 when any error is found.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkDataset } from "../src/data/check-dataset";
import { formatProblem, issuesToProblems } from "../src/data/load-dataset";
import { datasetSchema } from "../src/data/schema";
import { DATASET_FILE } from "../src/data/vocabulary";
import { countInstruments } from "../src/data/selectors/overview";
import { headline, isCountedProject } from "../src/data/selectors/projects";

const path =
  process.argv[2] ?? fileURLToPath(new URL(`../public/data/${DATASET_FILE}`, import.meta.url));
const file = process.argv[2] ?? `public/data/${DATASET_FILE}`;

let input: unknown;
try {
  input = JSON.parse(readFileSync(path, "utf8"));
} catch (error) {
  console.error(`${file}:(file): ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const parsed = datasetSchema.safeParse(input);
if (!parsed.success) {
  const problems = issuesToProblems(parsed.error.issues, input, file);
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} schema problem(s); cross-record checks not run.`);
  process.exit(1);
}

const dataset = parsed.data;
const problems = checkDataset(dataset, file);
const errors = problems.filter((p) => p.severity === "error");
const warnings = problems.filter((p) => p.severity === "warning");
for (const p of errors) console.error(`${formatProblem(p)}`);
for (const p of warnings) console.warn(`warning: ${formatProblem(p)}`);

const h = headline(dataset.projects);
const excluded = dataset.projects.filter((p) => !isCountedProject(p));
const jcc = dataset.meetings.filter((m) => m.body === "jcc");
console.log(
  `\n${file} — dataset ${dataset.metadata.version}, data as of ${dataset.metadata.dataAsOf}`,
);
console.table({
  projects: dataset.projects.length,
  "projects with a cost": dataset.projects.filter((p) => p.cost !== null).length,
  "projects located (not province-only)": dataset.projects.filter(
    (p) => p.location.precision !== "province",
  ).length,
  documents: dataset.documents.length,
  "documents (instruments, each once)": countInstruments(dataset.documents),
  meetings: dataset.meetings.length,
  "JCC sessions": jcc.length,
  "JCC sessions with a public record (dated)": jcc.filter((m) => m.date !== null).length,
  "working-group meetings": dataset.meetings.filter((m) => m.body === "jwg").length,
  "working groups": dataset.workingGroups.length,
  aggregates: dataset.aggregates.length,
  "projects with source conflicts": dataset.projects.filter((p) => p.conflicts.length > 0).length,
  "distinct source URLs": new Set(
    [
      ...dataset.projects,
      ...dataset.documents,
      ...dataset.meetings,
      ...dataset.workingGroups,
      ...dataset.aggregates,
    ].flatMap((r) => r.sources.map((s) => s.url)),
  ).size,
});
console.log(
  `Totals (not counted — within another record or pre-CPEC: ${excluded.map((p) => p.id).join(", ") || "none"}): ` +
    `investment US$${h.investmentUsdMillions.toFixed(1)} million over ${h.projectsWithCost} costed projects; ` +
    `${h.operating} operational; ${h.operatingMw} MW operating.`,
);
console.log(`${errors.length} error(s), ${warnings.length} warning(s).`);
process.exit(errors.length > 0 ? 1 : 0);
