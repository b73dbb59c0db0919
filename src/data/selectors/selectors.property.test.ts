import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Filters } from "../filters";
import { makeDataset, makeProject } from "../fixtures";
import { parseDataset } from "../load-dataset";
import { DatasetError } from "../load-dataset";
import type { Project, Subtype } from "../schema";
import { PROVINCES, SECTORS, STATUSES } from "../vocabulary";
import {
  completedOverTime,
  filterProjects,
  headline,
  investmentByProvince,
  investmentBySector,
} from "./projects";

/** Subtypes with a capacity unit that fits them (the dataset checks reject a misfit). */
const KINDS: { subtype: Subtype; unit: "MW" | "km" | "Mtpa" | "other" }[] = [
  { subtype: "coal", unit: "MW" },
  { subtype: "wind", unit: "MW" },
  { subtype: "road", unit: "km" },
  { subtype: "rail", unit: "km" },
  { subtype: "metro", unit: "km" },
  { subtype: "port", unit: "Mtpa" },
  { subtype: "other", unit: "other" },
];

const year = fc.integer({ min: 2010, max: 2030 });
const partialDate = fc.oneof(
  year.map(String),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
);

const projectArb = fc
  .record({
    sector: fc.constantFrom(...SECTORS),
    kind: fc.constantFrom(...KINDS),
    provinces: fc.uniqueArray(fc.constantFrom(...PROVINCES), { minLength: 1, maxLength: 3 }),
    status: fc.constantFrom(...STATUSES),
    cost: fc.option(fc.double({ min: 0, max: 1e5, noNaN: true }), { nil: null }),
    capacity: fc.option(fc.double({ min: 0.1, max: 1e4, noNaN: true }), { nil: null }),
    start: fc.option(partialDate, { nil: null }),
    completion: fc.option(partialDate, { nil: null }),
    countInAggregates: fc.boolean(),
    name: fc.string({ maxLength: 20 }),
  })
  .map((r): Project =>
    makeProject({
      id: "p",
      name: r.name || "x",
      sector: r.sector,
      subtype: r.kind.subtype,
      provinces: r.provinces,
      status: r.status,
      cost: r.cost === null ? null : { usdMillions: r.cost, stage: "estimated", asOf: null },
      capacity: r.capacity === null ? null : { value: r.capacity, unit: r.kind.unit },
      dates: { start: r.start, plannedCompletion: null, completion: r.completion },
      countInAggregates: r.countInAggregates,
      location: { precision: "province" },
    }),
  );

const projectsArb = fc
  .array(projectArb, { maxLength: 40 })
  .map((ps) => ps.map((p, i) => ({ ...p, id: `p-${i}` })));

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  sectors: fc.uniqueArray(fc.constantFrom(...SECTORS)),
  statuses: fc.uniqueArray(fc.constantFrom(...STATUSES)),
  provinces: fc.uniqueArray(fc.constantFrom(...PROVINCES)),
  from: fc.option(year, { nil: null }),
  to: fc.option(year, { nil: null }),
  query: fc.oneof(fc.constant(""), fc.string({ maxLength: 5 })),
});

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const sum = (xs: readonly { usdMillions: number }[]) => xs.reduce((s, x) => s + x.usdMillions, 0);

describe("project selectors (properties)", () => {
  it("never throw, and sector, province and headline totals agree", () => {
    fc.assert(
      fc.property(projectsArb, filtersArb, (projects, filters) => {
        const shown = filterProjects(projects, filters);
        const h = headline(shown);
        const bySector = investmentBySector(shown);
        const byProvince = investmentByProvince(shown);
        completedOverTime(shown);
        expect(close(sum(bySector), h.investmentUsdMillions)).toBe(true);
        expect(close(sum(byProvince), h.investmentUsdMillions)).toBe(true);
        expect(bySector.reduce((s, r) => s + r.projects, 0)).toBe(h.projects);
        expect(byProvince.reduce((s, r) => s + r.projectsWithCost, 0)).toBe(h.projectsWithCost);
      }),
    );
  });

  it("filtering keeps a subset, and no filter keeps everything", () => {
    fc.assert(
      fc.property(projectsArb, filtersArb, (projects, filters) => {
        const shown = filterProjects(projects, filters);
        expect(shown.every((p) => projects.includes(p))).toBe(true);
        expect(
          filterProjects(projects, {
            sectors: [],
            statuses: [],
            provinces: [],
            from: null,
            to: null,
            query: "",
          }),
        ).toHaveLength(projects.length);
      }),
    );
  });

  it("the running total of completed investment never falls and ends at the yearly sum", () => {
    fc.assert(
      fc.property(projectsArb, (projects) => {
        const rows = completedOverTime(projects);
        for (let i = 1; i < rows.length; i++)
          expect(rows[i]!.cumulativeUsdMillions).toBeGreaterThanOrEqual(
            rows[i - 1]!.cumulativeUsdMillions,
          );
        const last = rows[rows.length - 1];
        if (last) expect(close(last.cumulativeUsdMillions, sum(rows))).toBe(true);
      }),
    );
  });

  // The arbitraries pair any status with any dates and any cost, so they also break the rules on a
  // status against its dates and on a cost's bounds; nothing else.
  const IGNORED_RULES = new Set(["dates.completion", "status", "cost.usdMillions"]);
  it("the generated datasets are valid but for the date, status and cost rules the arbitraries ignore", () => {
    fc.assert(
      fc.property(projectsArb, (projects) => {
        try {
          parseDataset(structuredClone(makeDataset({ projects })));
        } catch (e) {
          expect(e).toBeInstanceOf(DatasetError);
          for (const p of (e as DatasetError).problems) expect(IGNORED_RULES).toContain(p.field);
        }
      }),
      { numRuns: 50 },
    );
  });
});
