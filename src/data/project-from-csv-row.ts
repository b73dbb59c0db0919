import {
  LIST_SEPARATOR,
  splitIds,
  splitList,
  unescapeFormula,
  type ProjectColumn,
} from "./projects-csv-columns";

/** A row's cells by column. */
export type Cells = Record<ProjectColumn, string>;

/** The location columns each precision uses; the others must be empty. */
const LOCATION_COLUMNS = [
  "location_name",
  "lat",
  "lon",
  "line_from_name",
  "line_from_lat",
  "line_from_lon",
  "line_to_name",
  "line_to_lat",
  "line_to_lon",
] as const satisfies readonly ProjectColumn[];
const LOCATION_USES: Record<string, readonly ProjectColumn[]> = {
  exact: ["location_name", "lat", "lon"],
  town: ["location_name", "lat", "lon"],
  line: [
    "line_from_name",
    "line_from_lat",
    "line_from_lon",
    "line_to_name",
    "line_to_lat",
    "line_to_lon",
  ],
  province: [],
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export const quote = (s: string) => `"${s}"`;
const entries = (n: number) => (n === 1 ? "1 entry" : `${n} entries`);

export interface CellProblem {
  column: string;
  entry: number | null;
  message: string;
}

/**
 * One row's cells → a project-shaped value for the schema to check. A cell that cannot be
 * converted (not a number, not true/false, a list of the wrong length) is reported here; the
 * schema's problems on the same column are then left out, so each mistake is said once.
 */
export function projectFromCsvRow(cells: Cells, report: (problem: CellProblem) => void): unknown {
  const raw = (c: ProjectColumn) => unescapeFormula(cells[c]);
  const blank = (c: ProjectColumn) => raw(c).trim() === "";
  const problem = (column: ProjectColumn, message: string) =>
    report({ column, entry: null, message });
  /** Free text, as written. */
  const text = (c: ProjectColumn) => raw(c);
  const optText = (c: ProjectColumn) => (blank(c) ? null : raw(c));
  /** Ids, enum values, dates: surrounding spaces are not meant. */
  const token = (c: ProjectColumn) => raw(c).trim();
  const optToken = (c: ProjectColumn) => (blank(c) ? null : token(c));
  const num = (c: ProjectColumn, required: boolean): unknown => {
    if (blank(c)) {
      if (required) problem(c, "expected a number, got an empty cell");
      return required ? undefined : null;
    }
    const value = token(c);
    if (NUMBER.test(value)) return Number(value);
    problem(c, `expected a number, got ${quote(value)}`);
    return value;
  };
  const bool = (c: ProjectColumn): unknown => {
    const value = token(c).toLowerCase();
    if (value === "true" || value === "false") return value === "true";
    problem(c, `expected true or false, got ${blank(c) ? "an empty cell" : quote(token(c))}`);
    return token(c);
  };
  const list = (c: ProjectColumn) => splitList(raw(c));

  const precision = token("location_precision");
  // A value from the file picks an entry: only the table's own (`constructor` is not a precision).
  const uses = Object.hasOwn(LOCATION_USES, precision) ? LOCATION_USES[precision] : undefined;
  if (uses) {
    for (const c of LOCATION_COLUMNS)
      if (!uses.includes(c) && !blank(c))
        problem(c, `must be empty when location_precision is ${quote(precision)}`);
  } else {
    problem(
      "location_precision",
      `expected one of "exact", "town", "line" or "province", got ${blank("location_precision") ? "an empty cell" : quote(precision)}`,
    );
  }
  const end = (prefix: "line_from" | "line_to") => ({
    name: text(`${prefix}_name`),
    lat: num(`${prefix}_lat`, true),
    lon: num(`${prefix}_lon`, true),
  });
  const location =
    precision === "exact"
      ? {
          precision,
          point: { lat: num("lat", true), lon: num("lon", true) },
          place: text("location_name"),
        }
      : precision === "town"
        ? {
            precision,
            point: { name: text("location_name"), lat: num("lat", true), lon: num("lon", true) },
          }
        : precision === "line"
          ? { precision, from: end("line_from"), to: end("line_to") }
          : { precision };

  const any = (cols: readonly ProjectColumn[]) => cols.some((c) => !blank(c));
  const capacity = any(["capacity_value", "capacity_unit", "capacity_note"])
    ? {
        value: num("capacity_value", true),
        unit: token("capacity_unit"),
        ...(!blank("capacity_note") && { note: text("capacity_note") }),
      }
    : null;
  const originalColumns = [
    "cost_original_amount",
    "cost_original_currency",
    "cost_rate_per_usd",
    "cost_rate_basis",
    "cost_rate_source_publisher",
    "cost_rate_source_title",
    "cost_rate_source_date",
    "cost_rate_source_url",
    "cost_rate_source_note",
  ] as const;
  const original = any(originalColumns)
    ? {
        amount: num("cost_original_amount", true),
        currency: token("cost_original_currency"),
        ratePerUsd: num("cost_rate_per_usd", true),
        rateBasis: text("cost_rate_basis"),
        rateSource: {
          publisher: text("cost_rate_source_publisher"),
          title: text("cost_rate_source_title"),
          date: optToken("cost_rate_source_date"),
          url: token("cost_rate_source_url"),
          ...(!blank("cost_rate_source_note") && { note: text("cost_rate_source_note") }),
        },
      }
    : undefined;
  const cost =
    original || any(["cost_usd_millions", "cost_stage", "cost_as_of"])
      ? {
          usdMillions: num("cost_usd_millions", true),
          stage: token("cost_stage"),
          asOf: optToken("cost_as_of"),
          ...(original && { original }),
        }
      : null;

  // The sources are as many as their URLs; the other source columns follow them by position.
  const urls = list("source_urls");
  const matched = (c: ProjectColumn, optional: boolean): string[] => {
    const values = list(c);
    if (optional && values.length === 0) return urls.map(() => "");
    if (values.length !== urls.length) {
      problem(
        c,
        `expected ${entries(urls.length)} separated by ${quote(LIST_SEPARATOR)}, one per URL in source_urls, got ${values.length}`,
      );
    }
    return values;
  };
  const publishers = matched("source_publishers", false);
  const titles = matched("source_titles", false);
  const dates = matched("source_dates", true);
  const notes = matched("source_notes", true);
  const sources = urls.map((url, i) => ({
    publisher: publishers[i] ?? "",
    title: titles[i] ?? "",
    date: dates[i] ? dates[i] : null,
    url,
    ...(notes[i] ? { note: notes[i] } : {}),
  }));

  return {
    id: token("id"),
    name: text("name"),
    ...(any(["name_ur", "name_zh"]) && {
      names: {
        ...(!blank("name_ur") && { ur: text("name_ur") }),
        ...(!blank("name_zh") && { zh: text("name_zh") }),
      },
    }),
    sector: token("sector"),
    subtype: token("subtype"),
    provinces: splitIds(raw("provinces")),
    location,
    capacity,
    cost,
    status: token("status"),
    dates: {
      start: optToken("start"),
      plannedCompletion: optToken("planned_completion"),
      completion: optToken("completion"),
    },
    sponsors: list("sponsors"),
    financiers: list("financiers"),
    countInAggregates: bool("count_in_aggregates"),
    // Optional column: blank or absent means not pre-CPEC; the key is written only when true.
    ...(blank("pre_cpec") ? {} : bool("pre_cpec") === true ? { preCpec: true } : {}),
    lastVerified: token("last_verified"),
    conflicts: [],
    sources,
    confidence: token("confidence"),
    notes: optText("notes"),
  };
}
