import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../filters";
import { makeDataset, makeProject, makeSource } from "../fixtures";
import {
  completedOverTime,
  countProjects,
  filterProjects,
  fromFirstNonZero,
  headline,
  investmentByProvince,
  investmentBySector,
  isCountedProject,
  isPastPlannedCompletion,
  projectsByStatus,
  selectFilteredProjects,
  selectProjectCount,
  sourcesSupporting,
} from "./projects";
import type { Project } from "../schema";

const cost = (usdMillions: number) => ({ usdMillions, stage: "estimated" as const, asOf: "2020" });

const projects = [
  makeProject({
    id: "sahiwal",
    sector: "energy",
    subtype: "coal",
    provinces: ["punjab"],
    cost: cost(1912.2),
    capacity: { value: 1320, unit: "MW" },
    status: "operational",
    dates: { start: "2015-07", plannedCompletion: "2017-12", completion: "2017-07-03" },
  }),
  makeProject({
    id: "port-qasim",
    sector: "energy",
    subtype: "coal",
    provinces: ["sindh"],
    cost: cost(2085),
    capacity: { value: 1320, unit: "MW" },
    status: "operational",
    dates: { start: "2015", plannedCompletion: null, completion: "2018-04" },
  }),
  makeProject({
    id: "kkh",
    sector: "transport",
    subtype: "road",
    provinces: ["khyber-pakhtunkhwa", "gilgit-baltistan"],
    cost: cost(1315),
    capacity: { value: 120, unit: "km" },
    status: "operational",
    dates: { start: "2016-09", plannedCompletion: null, completion: "2020-07" },
  }),
  makeProject({
    id: "ml1",
    sector: "transport",
    subtype: "rail",
    provinces: ["punjab", "sindh"],
    cost: cost(6800),
    capacity: { value: 1726, unit: "km" },
    status: "planned",
    dates: { start: null, plannedCompletion: null, completion: null },
  }),
  makeProject({
    id: "ml1-phase",
    sector: "transport",
    subtype: "rail",
    provinces: ["punjab"],
    cost: cost(3000),
    countInAggregates: false,
    status: "planned",
    dates: { start: null, plannedCompletion: null, completion: null },
  }),
  makeProject({
    id: "gwadar-airport",
    sector: "gwadar",
    subtype: "airport",
    provinces: ["balochistan"],
    cost: null,
    capacity: null,
    status: "operational",
    dates: { start: "2019-03", plannedCompletion: null, completion: "2024-10" },
  }),
  makeProject({
    id: "orange-line",
    sector: "transport",
    subtype: "metro",
    provinces: ["punjab"],
    cost: cost(1626),
    capacity: { value: 27.1, unit: "km" },
    status: "operational",
    dates: { start: "2015-10", plannedCompletion: null, completion: "2020-10-25" },
  }),
];

describe("project selectors", () => {
  it("sums investment by sector, skipping umbrella records and projects without a cost", () => {
    expect(investmentBySector(projects)).toEqual([
      { key: "transport", usdMillions: 1315 + 6800 + 1626, projectsWithCost: 3, projects: 3 },
      { key: "energy", usdMillions: 1912.2 + 2085, projectsWithCost: 2, projects: 2 },
      { key: "gwadar", usdMillions: 0, projectsWithCost: 0, projects: 1 },
    ]);
  });

  it("puts multi-province projects under 'several', once", () => {
    expect(investmentByProvince(projects)).toEqual([
      { key: "several", usdMillions: 8115, projectsWithCost: 2, projects: 2 },
      { key: "punjab", usdMillions: 1912.2 + 1626, projectsWithCost: 2, projects: 2 },
      { key: "sindh", usdMillions: 2085, projectsWithCost: 1, projects: 1 },
      { key: "balochistan", usdMillions: 0, projectsWithCost: 0, projects: 1 },
    ]);
  });

  it("counts projects by status in the status list's order", () => {
    expect(projectsByStatus(projects)).toEqual([
      { key: "planned", projects: 1 },
      { key: "operational", projects: 5 },
    ]);
  });

  it("computes the headline figures that the charts add up to", () => {
    const h = headline(projects);
    expect(h).toEqual({
      investmentUsdMillions: 1912.2 + 2085 + 1315 + 6800 + 1626,
      costByStage: {
        completed: { usdMillions: 1912.2 + 2085 + 1315 + 1626, projectsWithCost: 4, projects: 5 },
        underWay: { usdMillions: 0, projectsWithCost: 0, projects: 0 },
        planned: { usdMillions: 6800, projectsWithCost: 1, projects: 1 },
        stopped: { usdMillions: 0, projectsWithCost: 0, projects: 0 },
      },
      projectsWithCost: 5,
      projects: 6,
      operating: 5,
      operatingMw: 2640,
      operatingMwProjects: 2,
      operatingRoadKm: 120,
      operatingRailKm: 27.1,
    });
    const bySector = investmentBySector(projects).reduce((s, r) => s + r.usdMillions, 0);
    const byProvince = investmentByProvince(projects).reduce((s, r) => s + r.usdMillions, 0);
    expect(bySector).toBeCloseTo(h.investmentUsdMillions, 6);
    expect(byProvince).toBeCloseTo(h.investmentUsdMillions, 6);
  });

  it("accumulates completed investment and MW by completion year, filling empty years", () => {
    expect(completedOverTime(projects)).toEqual([
      {
        year: 2017,
        usdMillions: 1912.2,
        cumulativeUsdMillions: 1912.2,
        mw: 1320,
        cumulativeMw: 1320,
      },
      {
        year: 2018,
        usdMillions: 2085,
        cumulativeUsdMillions: 1912.2 + 2085,
        mw: 1320,
        cumulativeMw: 2640,
      },
      {
        year: 2019,
        usdMillions: 0,
        cumulativeUsdMillions: 1912.2 + 2085,
        mw: 0,
        cumulativeMw: 2640,
      },
      {
        year: 2020,
        usdMillions: 1315 + 1626,
        cumulativeUsdMillions: 1912.2 + 2085 + 1315 + 1626,
        mw: 0,
        cumulativeMw: 2640,
      },
      { year: 2021, usdMillions: 0, cumulativeUsdMillions: 6938.2, mw: 0, cumulativeMw: 2640 },
      { year: 2022, usdMillions: 0, cumulativeUsdMillions: 6938.2, mw: 0, cumulativeMw: 2640 },
      { year: 2023, usdMillions: 0, cumulativeUsdMillions: 6938.2, mw: 0, cumulativeMw: 2640 },
      { year: 2024, usdMillions: 0, cumulativeUsdMillions: 6938.2, mw: 0, cumulativeMw: 2640 },
    ]);
  });
});

describe("fromFirstNonZero", () => {
  it("starts the rows at the first year with a value", () => {
    const rows = completedOverTime(projects);
    expect(fromFirstNonZero(rows, "mw").map((r) => r.year)).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(fromFirstNonZero(rows.slice(2, 3), "mw")).toEqual([]);
  });
});

describe("filterProjects", () => {
  const ids = (f: Partial<typeof NO_FILTERS>) =>
    filterProjects(projects, { ...NO_FILTERS, ...f }).map((p) => p.id);

  it("filters by sector, status and province (any listed province matches)", () => {
    expect(ids({ sectors: ["energy"] })).toEqual(["sahiwal", "port-qasim"]);
    expect(ids({ statuses: ["planned"] })).toEqual(["ml1", "ml1-phase"]);
    expect(ids({ provinces: ["gilgit-baltistan"] })).toEqual(["kkh"]);
    expect(ids({ sectors: ["transport"], provinces: ["sindh"] })).toEqual(["ml1"]);
  });

  it("keeps projects whose active years overlap the range and drops undated ones", () => {
    expect(ids({ from: 2019, to: 2019 })).toEqual(["kkh", "gwadar-airport", "orange-line"]);
    expect(ids({ from: 2024 })).toEqual(["gwadar-airport"]);
    expect(ids({ to: 2015 })).toEqual(["sahiwal", "port-qasim", "orange-line"]);
  });

  it("searches names and ids case-insensitively", () => {
    expect(ids({ query: "  ORANGE " })).toEqual(["orange-line"]);
    expect(ids({ query: "qasim" })).toEqual(["port-qasim"]);
  });

  it("memoises on the dataset and the filter values", () => {
    const dataset = makeDataset({ projects });
    const a = selectFilteredProjects(dataset, { ...NO_FILTERS, sectors: ["energy"] });
    const b = selectFilteredProjects(dataset, { ...NO_FILTERS, sectors: ["energy"] });
    expect(b).toBe(a);
    expect(selectFilteredProjects(dataset, NO_FILTERS)).not.toBe(a);
  });
});

describe("the one counting rule", () => {
  const phaseOne = makeProject({
    id: "gwadar-port",
    sector: "gwadar",
    subtype: "port",
    provinces: ["balochistan"],
    cost: cost(248),
    capacity: null,
    status: "operational",
    preCpec: true,
    dates: { start: "2002-03-22", plannedCompletion: null, completion: "2007-03-20" },
  });
  const all = [...projects, phaseOne];

  it("leaves components counted elsewhere and pre-CPEC works out, and says how many", () => {
    expect(countProjects(all)).toEqual({ counted: 6, records: 8, withinOthers: 1, preCpec: 1 });
    expect(all.filter(isCountedProject).map((p) => p.id)).toEqual([
      "sahiwal",
      "port-qasim",
      "kkh",
      "ml1",
      "gwadar-airport",
      "orange-line",
    ]);
  });

  it("keeps a pre-CPEC work out of every total and of the completions over time", () => {
    expect(headline(all)).toEqual(headline(projects));
    expect(completedOverTime(all)).toEqual(completedOverTime(projects));
    expect(investmentBySector(all)).toEqual(investmentBySector(projects));
    expect(projectsByStatus(all)).toEqual(projectsByStatus(projects));
  });

  it("counts the filter bar's projects by the same rule", () => {
    const d = makeDataset({ projects: all });
    expect(selectProjectCount(d, { ...NO_FILTERS, sectors: ["transport"] })).toEqual({
      shown: { counted: 3, records: 4, withinOthers: 1, preCpec: 0 },
      total: { counted: 6, records: 8, withinOthers: 1, preCpec: 1 },
    });
  });
});

describe("isPastPlannedCompletion", () => {
  const at = (status: Project["status"], plannedCompletion: string | null) =>
    makeProject({ status, dates: { start: null, plannedCompletion, completion: null } });
  it("flags planned or ongoing work whose planned completion has passed", () => {
    expect(isPastPlannedCompletion(at("planned", "2025-01"), "2025-09-26")).toBe(true);
    expect(isPastPlannedCompletion(at("under-construction", "2024"), "2025-09-26")).toBe(true);
    expect(isPastPlannedCompletion(at("under-construction", "2025"), "2025-09-26")).toBe(false);
    expect(isPastPlannedCompletion(at("planned", "2025-09"), "2025-09-26")).toBe(false);
    expect(isPastPlannedCompletion(at("operational", "2020"), "2025-09-26")).toBe(false);
    expect(isPastPlannedCompletion(at("planned", null), "2025-09-26")).toBe(false);
  });
});

describe("sourcesSupporting", () => {
  it("gives the sources verified for a field, and guesses nothing for the others", () => {
    const official = makeSource({ url: "https://example.org/na", supports: ["cost", "status"] });
    const site = makeSource({ url: "https://example.org/site", supports: ["location"] });
    const silent = makeSource({ url: "https://example.org/silent" });
    const p = makeProject({ sources: [official, site, silent] });
    expect(sourcesSupporting(p, "cost")).toEqual([official]);
    expect(sourcesSupporting(p, "location")).toEqual([site]);
    expect(sourcesSupporting(p, "dates")).toEqual([]);
  });
});
