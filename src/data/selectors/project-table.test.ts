import { describe, expect, it } from "vitest";
import { makeProject } from "../fixtures";
import { completionDelayMonths } from "./project-detail";
import { sortProjects } from "./project-table";

const cost = (usdMillions: number) => ({ usdMillions, stage: "estimated" as const, asOf: null });
const list = [
  makeProject({
    id: "b",
    name: "Bravo",
    cost: cost(20),
    dates: { start: "2016", plannedCompletion: null, completion: null },
  }),
  makeProject({
    id: "a",
    name: "alpha",
    cost: null,
    dates: { start: "2015-03", plannedCompletion: null, completion: null },
  }),
  makeProject({
    id: "c",
    name: "Charlie",
    cost: cost(300),
    dates: { start: null, plannedCompletion: null, completion: null },
  }),
];

describe("sortProjects", () => {
  it("sorts by cost either way with unknown costs last", () => {
    expect(sortProjects(list, "cost", "desc").map((p) => p.id)).toEqual(["c", "b", "a"]);
    expect(sortProjects(list, "cost", "asc").map((p) => p.id)).toEqual(["b", "c", "a"]);
  });
  it("sorts names case-insensitively and dates by their text", () => {
    expect(sortProjects(list, "name", "asc").map((p) => p.id)).toEqual(["a", "b", "c"]);
    expect(sortProjects(list, "start", "asc").map((p) => p.id)).toEqual(["a", "b", "c"]);
    expect(sortProjects(list, "start", "desc").map((p) => p.id)).toEqual(["b", "a", "c"]);
  });
});

describe("completionDelayMonths", () => {
  const delay = (plannedCompletion: string | null, completion: string | null) =>
    completionDelayMonths(makeProject({ dates: { start: null, plannedCompletion, completion } }));
  it("counts months late or early when both dates are known to the month", () => {
    expect(delay("2017-12-25", "2017-10-28")).toBe(-2);
    expect(delay("2018-06", "2020-10-25")).toBe(28);
    expect(delay("2018", "2020-10")).toBeNull();
    expect(delay(null, "2020-10")).toBeNull();
  });
});
