import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject } from "./fixtures";
import { DatasetError, formatProblem, parseDataset, parseDatasetText } from "./load-dataset";

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof DatasetError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error("expected a DatasetError");
}

describe("parseDataset", () => {
  it("accepts a valid dataset and returns it unchanged", () => {
    const dataset = makeDataset({ projects: [makeProject({ id: "sahiwal" })] });
    expect(parseDataset(structuredClone(dataset))).toEqual(dataset);
  });

  it("names the file, record id, field and expectation for a wrong type", () => {
    const dataset = makeDataset({ projects: [makeProject({ id: "sahiwal" })] }) as unknown as {
      projects: { capacity: { value: unknown } }[];
    };
    dataset.projects[0]!.capacity.value = "1320";
    expect(problemsOf(() => parseDataset(dataset, "data.json"))).toEqual([
      "data.json:projects/sahiwal:capacity.value: Invalid input: expected number, received string",
    ]);
  });

  it("rejects an unknown sector, a bad date, a missing source and a bad URL, each located", () => {
    const bad = makeDataset({
      projects: [
        makeProject({ id: "a", sector: "mining" as never }),
        makeProject({
          id: "b",
          dates: { start: "2017-13", plannedCompletion: null, completion: null },
        }),
        makeProject({ id: "c", sources: [] }),
      ],
      documents: [
        makeDocument({
          id: "d",
          sources: [{ publisher: "P", title: "T", date: null, url: "not a url" }],
        }),
      ],
    });
    const problems = problemsOf(() => parseDataset(bad, "f.json"));
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(
      /^f\.json:projects\/a:sector: Invalid option: expected one of "energy"\|/,
    );
    expect(problems[1]).toBe(
      'f.json:projects/b:dates.start: expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    );
    expect(problems[2]).toBe("f.json:projects/c:sources: expected at least one source");
    expect(problems[3]).toMatch(/^f\.json:documents\/d:sources\.0\.url: /);
  });

  it("uses the record's position when it has no usable id", () => {
    const dataset = makeDataset() as unknown as { meetings: unknown[] };
    dataset.meetings = [{ ...makeMeeting(), id: 42 }];
    expect(problemsOf(() => parseDataset(dataset, "f.json"))[0]).toMatch(
      /^f\.json:meetings\/#0:id: /,
    );
  });

  it("reports a missing collection at file level", () => {
    const rest: Partial<ReturnType<typeof makeDataset>> = makeDataset();
    delete rest.projects;
    expect(problemsOf(() => parseDataset(rest, "f.json"))).toEqual([
      "f.json:projects:(record): Invalid input: expected array, received undefined",
    ]);
  });

  it("lists cross-record problems beside schema problems: one does not hide the other", () => {
    const dataset = makeDataset({
      projects: [
        makeProject({ id: "x" }),
        makeProject({ id: "x" }),
        makeProject({ id: "neg", capacity: { value: -5, unit: "MW" } }),
      ],
      documents: [makeDocument({ id: "d", projectIds: ["neg", "gone"] })],
    });
    expect(problemsOf(() => parseDataset(dataset, "f.json"))).toEqual([
      "f.json:projects/neg:capacity.value: Too small: expected number to be >0",
      'f.json:projects/x:id: duplicate id "x"',
      // "neg" failed its schema above; only the reference to a record that is nowhere is said.
      'f.json:documents/d:projectIds.1: refers to unknown projects id "gone"',
    ]);
  });

  it("lists every problem of a very large broken file without overflowing the stack", () => {
    const projects = Array.from({ length: 30_000 }, (_, i) => ({
      ...makeProject({ id: `p-${i}` }),
      capacity: { value: -5, unit: "MW" },
    }));
    const seen: number[] = [];
    const problems = problemsOf(() =>
      parseDataset(makeDataset({ projects } as never), "f.json", (done) => seen.push(done)),
    );
    expect(problems).toHaveLength(30_000);
    expect(problems[29_999]).toBe(
      "f.json:projects/p-29999:capacity.value: Too small: expected number to be >0",
    );
    expect(seen.at(-1)).toBe(30_000);
    expect(seen.slice(0, 2)).toEqual([2000, 4000]);
  });

  it("runs the cross-record checks after the schema", () => {
    const dataset = makeDataset({ projects: [makeProject({ id: "x" }), makeProject({ id: "x" })] });
    expect(problemsOf(() => parseDataset(dataset, "f.json"))).toEqual([
      'f.json:projects/x:id: duplicate id "x"',
    ]);
  });
});

describe("parseDatasetText", () => {
  it("reports text that is not JSON", () => {
    expect(problemsOf(() => parseDatasetText("{ nope", "upload.json"))[0]).toMatch(
      /^upload\.json:\(file\):\(record\): not valid JSON \(/,
    );
  });

  it("reports an empty file", () => {
    expect(problemsOf(() => parseDatasetText("", "empty.json"))[0]).toMatch(
      /^empty\.json:\(file\):\(record\): not valid JSON/,
    );
  });
});
