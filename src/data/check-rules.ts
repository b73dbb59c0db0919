import { isCertainlyAfter } from "./check-dates";
import type { Dataset, Project, Sector } from "./schema";
import type { AGGREGATE_METRICS } from "./vocabulary";

/**
 * The dataset's plausibility rules (money, status against dates, the JCC sequence, official
 * figures; the date rules are in ./check-dates). ./check-dataset runs them with the referential
 * rules, for the bundled file (npm run data:check, the build) and for a file a user opens alike.
 */

export type AddProblem = (
  collection: string,
  recordId: string | null,
  field: string,
  message: string,
  severity?: "error" | "warning",
) => void;

/**
 * Upper bounds on one project's cost, US$ millions, per sector. A cost above its bound is a unit
 * slip (PKR or billions typed as US$ millions) until a source shows otherwise. Each bound sits well
 * above the largest figure any source gives for a single project of that sector:
 * - energy 15,000: the largest power project ever proposed for CPEC, Diamer-Bhasha dam, is about
 *   US$14 billion; the largest built, Kohala hydropower, is estimated at US$2.4 billion;
 * - transport 15,000: ML-1, the largest CPEC project, was costed at up to US$9.85 billion;
 * - gwadar 5,000: the whole Gwadar list (port, airport, expressway, utilities) is about
 *   US$1 billion in official lists;
 * - industrial 5,000, social 2,000, science-technology 2,000, agriculture 2,000: no single
 *   project of these sectors is reported above US$1 billion;
 * - other 15,000.
 * A cost is never 0: an unreported cost is null.
 */
export const COST_BOUNDS_USD_MILLIONS: Record<Sector, number> = {
  energy: 15_000,
  transport: 15_000,
  gwadar: 5_000,
  industrial: 5_000,
  social: 2_000,
  "science-technology": 2_000,
  agriculture: 2_000,
  other: 15_000,
};

/**
 * Upper bounds on a headline aggregate, by metric: well above any figure reported (direct
 * investment US$25–28 billion, portfolio US$62–65 billion, about 8,000 MW operating, some
 * 250,000 jobs, a few hundred projects, under 1,000 km of motorway).
 */
export const AGGREGATE_BOUNDS: Record<(typeof AGGREGATE_METRICS)[number], number> = {
  "direct-investment-usd-bn": 200,
  "portfolio-usd-bn": 200,
  jobs: 5_000_000,
  "capacity-operating-mw": 50_000,
  "projects-completed": 1_000,
  "projects-completed-usd-bn": 200,
  "projects-under-implementation": 1_000,
  "projects-under-implementation-usd-bn": 200,
  "projects-total": 1_000,
  "road-km": 10_000,
  other: 1_000_000_000,
};

/** Costs and aggregates within plausible bounds (which also catches 1e308 and the like). */
export function checkAmounts(dataset: Dataset, add: AddProblem) {
  for (const p of dataset.projects) {
    if (!p.cost) continue;
    const bound = COST_BOUNDS_USD_MILLIONS[p.sector];
    if (p.cost.usdMillions === 0)
      add("projects", p.id, "cost.usdMillions", "a cost of 0: an unreported cost is null");
    else if (p.cost.usdMillions > bound)
      add(
        "projects",
        p.id,
        "cost.usdMillions",
        `US$${p.cost.usdMillions} million is above the ${p.sector} bound of US$${bound} million`,
      );
    const o = p.cost.original;
    if (o && p.cost.usdMillions > 0) {
      // `amount` is in whole units (PKR 36,000,000,000); within 1% of amount ÷ rate, for rounding.
      const converted = o.amount / o.ratePerUsd / 1_000_000;
      if (Math.abs(converted - p.cost.usdMillions) > p.cost.usdMillions * 0.01)
        add(
          "projects",
          p.id,
          "cost.original",
          `${o.amount} ${o.currency} at ${o.ratePerUsd} per US$ is ${converted.toFixed(1)}, not ${p.cost.usdMillions}`,
        );
    }
  }
  for (const a of dataset.aggregates) {
    const bound = AGGREGATE_BOUNDS[a.metric];
    if (a.value > bound)
      add("aggregates", a.id, "value", `${a.value} is above the ${a.metric} bound of ${bound}`);
  }
}

/** A status that its own dates contradict, judged at the data-as-of date. */
export function checkStatusAgainstDates(dataset: Dataset, add: AddProblem) {
  const asOf = dataset.metadata.dataAsOf;
  for (const p of dataset.projects) {
    const problem = (field: string, message: string, severity?: "warning") =>
      add("projects", p.id, field, message, severity);
    const { start, completion, plannedCompletion } = p.dates;
    const inService = p.status === "operational" || p.status === "partially-operational";
    if (completion && isCertainlyAfter(completion, asOf))
      problem("dates.completion", `completion ${completion} is after the data-as-of date ${asOf}`);
    if (inService && start && isCertainlyAfter(start, asOf))
      problem("status", `${p.status} but work starts ${start}, after the data-as-of date ${asOf}`);
    if ((p.status === "planned" || p.status === "under-construction") && completion)
      problem("status", `${p.status} but completed ${completion}`);
    if (p.status === "planned" && start && isCertainlyAfter(asOf, start))
      problem("status", `planned but work started ${start}`);
    // A passed planned completion is flagged on screen (see selectors/projects); the record is
    // stale only when nobody has checked it since the date passed.
    if (
      (p.status === "planned" || p.status === "under-construction") &&
      plannedCompletion &&
      isCertainlyAfter(asOf, plannedCompletion) &&
      !isCertainlyAfter(p.lastVerified, plannedCompletion)
    )
      problem(
        "lastVerified",
        `${p.status} with planned completion ${plannedCompletion} passed, not checked since`,
        "warning",
      );
  }
}

/** Every JCC session from the 1st to the latest has a record; an undated one says why. */
export function checkJccSequence(dataset: Dataset, add: AddProblem) {
  const sessions = new Set<number>();
  for (const m of dataset.meetings) {
    if (m.date === null && !m.dateNote)
      add("meetings", m.id, "dateNote", "no date and no dateNote saying why");
    if (m.date === null && m.body !== "jcc")
      add("meetings", m.id, "date", "only a JCC session may be undated (it keeps its place)");
    if (m.body === "jcc" && m.session !== null) sessions.add(m.session);
  }
  const last = Math.max(0, ...sessions);
  for (let n = 1; n <= last; n++) {
    if (!sessions.has(n))
      add(
        "meetings",
        null,
        "session",
        `JCC session ${n} is missing: sessions 1 to ${last} each need a record (undated: date null with a dateNote)`,
      );
  }
}

function differs(p: Project, field: string): { official: string | number; ours: unknown } | null {
  const o = p.official;
  if (!o) return null;
  if (field === "cost.usdMillions" && o.costUsdMillions !== null)
    return o.costUsdMillions === p.cost?.usdMillions
      ? null
      : { official: o.costUsdMillions, ours: p.cost?.usdMillions ?? null };
  if (field === "status" && o.status !== null)
    return o.status === p.status ? null : { official: o.status, ours: p.status };
  if (field === "capacity.value" && o.capacity !== null)
    return o.capacity.value === p.capacity?.value && o.capacity.unit === p.capacity.unit
      ? null
      : { official: o.capacity.value, ours: p.capacity?.value ?? null };
  return null;
}

/** Where the chosen value differs from the official figure, the official one is in conflicts. */
export function checkOfficialFigures(dataset: Dataset, add: AddProblem) {
  for (const p of dataset.projects) {
    if (!p.official) continue;
    for (const field of ["cost.usdMillions", "status", "capacity.value"]) {
      const diff = differs(p, field);
      if (!diff) continue;
      const listed = p.conflicts.some(
        (c) =>
          c.field === field && c.value === diff.official && c.source.url === p.official!.source.url,
      );
      if (!listed)
        add(
          "projects",
          p.id,
          field,
          `differs from the official ${String(diff.official)} (${p.official.source.publisher}); ` +
            "add the official value to conflicts with the reason for the choice",
        );
    }
  }
}
