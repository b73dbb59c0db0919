import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import bundledFile from "../../public/data/cpec-dataset.json";
import { toCsv, type CsvCell } from "@/lib/csv";
import {
  makeDataset,
  makeDocument,
  makeMeeting,
  makeProject,
  makeSource,
  makeWorkingGroup,
} from "./fixtures";
import { parseProjectsCsv, type ProjectsCsvResult } from "./projects-csv";
import type { Dataset, Project } from "./schema";
import { projectCsvRow } from "./project-csv-row";
import { PROJECT_COLUMNS } from "./projects-csv-columns";

/** A projects file as the Sources view writes it: two comment lines, the header, the rows. */
function csvOf(
  rows: readonly Record<string, CsvCell>[],
  {
    columns = PROJECT_COLUMNS as readonly string[],
    comments = ["Test dataset", "Cite as: test"],
  } = {},
): string {
  return toCsv<string>({ comments, columns, rows });
}
const rowsOf = (projects: readonly Project[]) => projects.map(projectCsvRow);

function problemsOf(result: ProjectsCsvResult): string[] {
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}
function datasetOf(result: ProjectsCsvResult) {
  if (!result.ok) throw new Error(`expected a dataset, got:\n${result.problems.join("\n")}`);
  return result;
}

const bundled = makeDataset({
  projects: [makeProject({ id: "bundled-a" }), makeProject({ id: "bundled-b" })],
  documents: [
    makeDocument({ id: "mou", projectIds: ["sahiwal", "bundled-a", "bundled-b"] }),
    makeDocument({ id: "loan", projectIds: ["bundled-b"] }),
  ],
  meetings: [makeMeeting({ id: "jcc-1" })],
  workingGroups: [makeWorkingGroup({ id: "energy-jwg" })],
});

/** Every shape a project can take: each location precision, converted costs, notes, odd text. */
const projects: Project[] = [
  makeProject({
    id: "sahiwal",
    name: 'Sahiwal Coal, Phase "I"',
    names: { ur: "ساہیوال کول پاور پلانٹ", zh: "萨希瓦尔燃煤电站" },
    location: {
      precision: "exact",
      point: { lat: 30.71422, lon: 73.23802 },
      place: "Near Qadirabad, Sahiwal district",
    },
    capacity: { value: 1320, unit: "MW", note: "two units of 660 MW" },
    cost: {
      usdMillions: 730,
      stage: "final",
      asOf: null,
      original: {
        amount: 118137670000,
        currency: "PKR",
        ratePerUsd: 161.84,
        rateBasis: "2020 annual average (IMF IFS)",
        rateSource: makeSource({
          publisher: "IndexMundi",
          title: "Official exchange rate | period average",
          date: null,
          url: "http://www.indexmundi.com/facts/pakistan/indicator/PA.NUS.FCRF",
          note: "undated series",
        }),
      },
    },
    sponsors: ["Huaneng Shandong", "Pakhtunkhwa Highways Authority (KP; PPP mode)"],
    financiers: ["ICBC | China Exim"],
    sources: [
      makeSource({
        title: "-5% on the first estimate",
        date: "2017-05-24",
        url: "https://a.example/1",
      }),
      makeSource({
        publisher: "=Wiki",
        title: "Sahiwal | Wikipedia",
        date: null,
        url: "https://b.example/page;v=2",
        note: "undated",
      }),
      makeSource({ date: "2017-07", url: "https://c.example/3", note: "archived\ncopy" }),
    ],
    notes: 'Line one, with a comma\nline "two"',
  }),
  makeProject({
    id: "hub",
    provinces: ["balochistan", "sindh"],
    location: { precision: "town", point: { name: "Hub", lat: 25.05, lon: 66.9 } },
    capacity: null,
    cost: null,
    status: "planned",
    dates: { start: null, plannedCompletion: null, completion: null },
    countInAggregates: false,
    confidence: "unconfirmed",
  }),
  makeProject({
    id: "ml-1",
    sector: "transport",
    subtype: "rail",
    location: {
      precision: "line",
      from: { name: "Karachi", lat: 24.86, lon: 67.01 },
      to: { name: "Peshawar", lat: 34.01, lon: 71.58 },
    },
    capacity: { value: 1726, unit: "km" },
    cost: { usdMillions: 6800, stage: "estimated", asOf: "2020-08" },
    status: "under-construction",
    dates: { start: "2021", plannedCompletion: "2030", completion: null },
    confidence: "single-source",
  }),
  makeProject({
    id: "gwadar-hospital",
    sector: "social",
    subtype: "health",
    provinces: ["balochistan"],
    location: { precision: "province" },
    capacity: { value: 150, unit: "beds" },
    lastVerified: "2025-01-31",
  }),
];

describe("parseProjectsCsv", () => {
  it("reads back every field the download writes, for every shape of project", () => {
    const result = datasetOf(parseProjectsCsv(csvOf(rowsOf(projects)), "projects.csv", bundled));
    expect(result.dataset.projects).toEqual(projects);
  });

  it("reads the bundled dataset's own projects download back unchanged, but for conflicts", () => {
    const real = bundledFile as unknown as Dataset;
    const result = datasetOf(
      parseProjectsCsv(csvOf(rowsOf(real.projects)), "cpec-projects.csv", real),
    );
    // Conflicting values, official figures and what each source supports are not in the file (the
    // JSON download has them): they are not invented.
    const withoutJsonOnly = (p: Project): Project => {
      const copy: Project = {
        ...p,
        conflicts: [],
        sources: p.sources.map((s) => {
          const source = { ...s };
          delete source.supports;
          return source;
        }),
      };
      delete copy.official;
      return copy;
    };
    expect(result.dataset.projects).toEqual(real.projects.map(withoutJsonOnly));
    expect(result.dataset.documents).toEqual(real.documents);
    expect(result.linksLeftOut).toBe(0);
  });

  it("keeps the bundled documents and meetings, leaving out and counting links to projects it lacks", () => {
    const result = datasetOf(parseProjectsCsv(csvOf(rowsOf(projects)), "projects.csv", bundled));
    expect(result.linksLeftOut).toBe(3);
    expect(result.dataset.documents.map((d) => [d.id, d.projectIds])).toEqual([
      ["mou", ["sahiwal"]],
      ["loan", []],
    ]);
    expect(result.dataset.meetings).toEqual(bundled.meetings);
    expect(result.dataset.workingGroups).toEqual(bundled.workingGroups);
    expect(result.dataset.metadata).toEqual({
      ...bundled.metadata,
      title: "Test dataset (projects from “projects.csv”)",
      citation: "Test citation Projects: the user's file “projects.csv”, not this dataset's.",
    });
  });

  it("names file, row, id and column of a number that is not one", () => {
    const rows = [
      projectCsvRow(makeProject({ id: "hub" })),
      { ...projectCsvRow(makeProject({ id: "foo" })), cost_usd_millions: "12,5" },
    ];
    expect(problemsOf(parseProjectsCsv(csvOf(rows), "projects.csv", bundled))).toEqual([
      'projects.csv: row 5 (id "foo"): cost_usd_millions: expected a number, got "12,5"',
    ]);
  });

  it("names what the schema expected for a value outside its list, and for each list entry", () => {
    const rows = [
      { ...projectCsvRow(makeProject({ id: "thar" })), sector: "mining", provinces: "punjab;mars" },
    ];
    expect(problemsOf(parseProjectsCsv(csvOf(rows), "projects.csv", bundled))).toEqual([
      'projects.csv: row 4 (id "thar"): sector: Invalid option: expected one of "energy"|"transport"|"gwadar"|"industrial"|"social"|"science-technology"|"agriculture"|"other", got "mining"',
      'projects.csv: row 4 (id "thar"): provinces: entry 2: Invalid option: expected one of "punjab"|"sindh"|"khyber-pakhtunkhwa"|"balochistan"|"gilgit-baltistan"|"azad-jammu-kashmir"|"islamabad", got "mars"',
    ]);
  });

  it("lists every problem of a row, left to right, and gives the row number when the id is missing", () => {
    const rows = [
      {
        ...projectCsvRow(makeProject()),
        id: "",
        start: "2017/05",
        lat: "",
        line_to_lat: 31,
        count_in_aggregates: "yes",
        last_verified: null,
        source_titles: "One | Two",
      },
    ];
    expect(problemsOf(parseProjectsCsv(csvOf(rows), "projects.csv", bundled))).toEqual([
      "projects.csv: row 4: id: expected a lowercase slug (a-z, 0-9, hyphens) (the cell is empty)",
      'projects.csv: row 4: start: expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "2017/05"',
      "projects.csv: row 4: lat: expected a number, got an empty cell",
      'projects.csv: row 4: line_to_lat: must be empty when location_precision is "exact"',
      'projects.csv: row 4: count_in_aggregates: expected true or false, got "yes"',
      'projects.csv: row 4: last_verified: expected "YYYY-MM-DD" (the cell is empty)',
      'projects.csv: row 4: source_titles: expected 1 entry separated by " | ", one per URL in source_urls, got 2',
    ]);
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "names a location precision %j as not one of the choices (no inherited entry is found)",
    (precision) => {
      const rows = [{ ...projectCsvRow(makeProject({ id: "p" })), location_precision: precision }];
      expect(problemsOf(parseProjectsCsv(csvOf(rows), "projects.csv", bundled))).toEqual([
        `projects.csv: row 4 (id "p"): location_precision: expected one of "exact", "town", "line" or "province", got "${precision}"`,
      ]);
    },
  );

  it("reports missing, unknown and repeated columns in the header", () => {
    const columns = [
      ...PROJECT_COLUMNS.filter((c) => c !== "last_verified" && c !== "source_titles"),
      "budget",
      "name",
    ];
    const text = csvOf([], { columns });
    expect(problemsOf(parseProjectsCsv(text, "projects.csv", bundled))).toEqual([
      'projects.csv: header (row 3): unknown column "budget"',
      'projects.csv: header (row 3): column "name" appears more than once',
      'projects.csv: header (row 3): missing columns "last_verified", "source_titles"',
    ]);
  });

  it("says an empty file has no header row, and a header alone has no projects", () => {
    const none =
      "projects.csv: no header row: expected the columns of the projects download (id,name,name_ur,…)";
    expect(problemsOf(parseProjectsCsv("", "projects.csv", bundled))).toEqual([none]);
    expect(problemsOf(parseProjectsCsv("# Test dataset\r\n\r\n", "projects.csv", bundled))).toEqual(
      [none],
    );
    expect(problemsOf(parseProjectsCsv(csvOf([]), "projects.csv", bundled))).toEqual([
      "projects.csv: no projects: there are no rows below the header",
    ]);
  });

  it("counts rows as a spreadsheet shows them: blank rows count, and are skipped", () => {
    const header = PROJECT_COLUMNS.join(",");
    const row = Papa.unparse([
      PROJECT_COLUMNS.map((c) => {
        const cell = projectCsvRow(makeProject({ id: "late" }))[c];
        return c === "status" ? "done" : cell;
      }),
    ]);
    const text = `${header}\r\n\r\n\r\n${row}\r\n`;
    expect(problemsOf(parseProjectsCsv(text, "projects.csv", bundled))).toEqual([
      'projects.csv: row 4 (id "late"): status: Invalid option: expected one of "planned"|"under-construction"|"partially-operational"|"operational"|"suspended"|"cancelled", got "done"',
    ]);
  });

  it("reports a row with cells missing rather than guessing which", () => {
    const text = `${csvOf(rowsOf([projects[1]!]))}hub-2,Hub 2\r\n`;
    expect(problemsOf(parseProjectsCsv(text, "projects.csv", bundled))).toEqual([
      `projects.csv: row 5 (id "hub-2"): expected ${PROJECT_COLUMNS.length} cells, one per column, got 2`,
    ]);
  });

  it("checks the rules across records, naming every row of a repeated id", () => {
    const late = makeProject({
      id: "dup",
      dates: { start: "2019", plannedCompletion: null, completion: "2018-06" },
    });
    const rows = rowsOf([late, projects[1]!, late]);
    expect(problemsOf(parseProjectsCsv(csvOf(rows), "projects.csv", bundled))).toEqual([
      'projects.csv: rows 4, 6 (id "dup"): id: duplicate id "dup"',
      'projects.csv: rows 4, 6 (id "dup"): completion: completion 2018-06 is before start 2019',
    ]);
  });

  it("reads a file saved with semicolons and Excel's TRUE/FALSE", () => {
    const rows = rowsOf([projects[1]!]).map((r) => ({ ...r, count_in_aggregates: "FALSE" }));
    const text = Papa.unparse(
      { fields: [...PROJECT_COLUMNS], data: rows.map((r) => PROJECT_COLUMNS.map((c) => r[c])) },
      { delimiter: ";" },
    );
    const result = datasetOf(parseProjectsCsv(text, "projects.csv", bundled));
    expect(result.dataset.projects).toEqual([projects[1]]);
  });
});
