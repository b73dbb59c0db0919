import type { AddProblem } from "./check-rules";
import type { Dataset, PartialDate, Source } from "./schema";

/**
 * The dataset's date rules: every date field a real calendar date with a year in range, nothing
 * dated after the release; and the comparisons of partial dates the other rules use.
 */

/** CPEC's dates fall inside this span: before 1990 or after 2045 is a typing slip. */
export const YEAR_RANGE = { min: 1990, max: 2045 } as const;

/** Is a partial date a real calendar date (no 30 February)? */
export function isRealDate(date: PartialDate): boolean {
  const [y, m, d] = date.split("-").map(Number);
  if (m === undefined || d === undefined || y === undefined) return true;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Earliest day a partial date can mean, as a comparable string. */
export function earliest(date: PartialDate): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
/** Latest day a partial date can mean. */
export function latest(date: PartialDate): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}
/** True when `a` is certainly after `b` at the precision both are known to. */
export function isCertainlyAfter(a: PartialDate, b: PartialDate): boolean {
  return earliest(a) > latest(b);
}

interface DatedField {
  collection: string;
  id: string | null;
  field: string;
  date: PartialDate;
}

function sourceDates(
  out: DatedField[],
  collection: string,
  id: string | null,
  prefix: string,
  sources: readonly Source[],
) {
  sources.forEach((s, i) => {
    if (s.date) out.push({ collection, id, field: `${prefix}${i}.date`, date: s.date });
  });
}

/** Every date field of the dataset, metadata included, with where it is. */
export function allDates(dataset: Dataset): DatedField[] {
  const out: DatedField[] = [];
  const m = dataset.metadata;
  out.push({ collection: "metadata", id: null, field: "releaseDate", date: m.releaseDate });
  out.push({ collection: "metadata", id: null, field: "dataAsOf", date: m.dataAsOf });
  m.changelog.forEach((c, i) =>
    out.push({ collection: "metadata", id: null, field: `changelog.${i}.date`, date: c.date }),
  );
  for (const p of dataset.projects) {
    const at = (field: string, date: PartialDate | null | undefined) => {
      if (date) out.push({ collection: "projects", id: p.id, field, date });
    };
    at("dates.start", p.dates.start);
    at("dates.plannedCompletion", p.dates.plannedCompletion);
    at("dates.completion", p.dates.completion);
    at("lastVerified", p.lastVerified);
    at("cost.asOf", p.cost?.asOf);
    at("cost.original.rateSource.date", p.cost?.original?.rateSource.date);
    at("official.asOf", p.official?.asOf);
    at("official.source.date", p.official?.source.date);
    p.conflicts.forEach((c, i) => at(`conflicts.${i}.source.date`, c.source.date));
    sourceDates(out, "projects", p.id, "sources.", p.sources);
  }
  for (const d of dataset.documents) {
    out.push({ collection: "documents", id: d.id, field: "date", date: d.date });
    sourceDates(out, "documents", d.id, "sources.", d.sources);
  }
  for (const x of dataset.meetings) {
    if (x.date) out.push({ collection: "meetings", id: x.id, field: "date", date: x.date });
    sourceDates(out, "meetings", x.id, "sources.", x.sources);
  }
  for (const g of dataset.workingGroups) {
    if (g.established.date)
      out.push({
        collection: "workingGroups",
        id: g.id,
        field: "established.date",
        date: g.established.date,
      });
    sourceDates(out, "workingGroups", g.id, "sources.", g.sources);
  }
  for (const a of dataset.aggregates) {
    out.push({ collection: "aggregates", id: a.id, field: "asOf", date: a.asOf });
    sourceDates(out, "aggregates", a.id, "sources.", a.sources);
  }
  return out;
}

/** Real calendar dates, and years within YEAR_RANGE, in every date field. */
export function checkDates(dataset: Dataset, add: AddProblem) {
  for (const { collection, id, field, date } of allDates(dataset)) {
    if (!isRealDate(date)) add(collection, id, field, `"${date}" is not a calendar date`);
    const year = Number(date.slice(0, 4));
    if (year < YEAR_RANGE.min || year > YEAR_RANGE.max)
      add(collection, id, field, `year ${year} is outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`);
  }
  const { releaseDate, dataAsOf } = dataset.metadata;
  if (dataAsOf > releaseDate)
    add("metadata", null, "dataAsOf", `data as of ${dataAsOf} is after the release ${releaseDate}`);
  for (const p of dataset.projects) {
    if (p.lastVerified > releaseDate)
      add(
        "projects",
        p.id,
        "lastVerified",
        `last verified ${p.lastVerified} is after the release ${releaseDate}`,
      );
  }
}
