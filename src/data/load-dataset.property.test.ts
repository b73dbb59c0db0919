import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject } from "./fixtures";
import { DatasetError, parseDataset, parseDatasetText } from "./load-dataset";

/** Runs `parse` and returns what it threw (undefined when it returned). */
function thrown(parse: () => unknown): unknown {
  try {
    parse();
    return undefined;
  } catch (e) {
    return e;
  }
}

const onlyDatasetError = (e: unknown) => e === undefined || e instanceof DatasetError;

/** A refusal says what is wrong: at least one problem, each naming the file and saying what. */
function expectExplained(e: unknown): void {
  if (!(e instanceof DatasetError)) return;
  expect(e.problems.length).toBeGreaterThan(0);
  for (const p of e.problems) {
    expect(p.file).toBe("cpec-dataset.json");
    expect(p.message).not.toBe("");
  }
}

/** A valid dataset, then one field anywhere replaced by an arbitrary JSON value. */
const valid = makeDataset({
  projects: [makeProject({ id: "a" }), makeProject({ id: "b", cost: null })],
  documents: [makeDocument({ id: "d", projectIds: ["a"] })],
  meetings: [makeMeeting({ id: "m" })],
});

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((k) => paths((value as Record<string, unknown>)[k], [...prefix, k])),
  ];
}
const allPaths = paths(valid).filter((p) => p.length > 0);

function replaced(path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(valid) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return copy;
}

describe("parseDataset and parseDatasetText (properties)", () => {
  it("throw nothing but DatasetError for arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const error = thrown(() => parseDatasetText(text));
        expect(onlyDatasetError(error)).toBe(true);
        expectExplained(error);
      }),
    );
  });

  it("throw nothing but DatasetError for arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const errors = [
          thrown(() => parseDataset(json)),
          thrown(() => parseDatasetText(JSON.stringify(json) ?? "")),
        ];
        for (const error of errors) {
          expect(onlyDatasetError(error)).toBe(true);
          expectExplained(error);
        }
      }),
    );
  });

  it("throw nothing but DatasetError when any one field of a valid file is replaced", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...allPaths),
        fc.oneof(fc.jsonValue(), fc.constant(undefined)),
        (path, value) => {
          let parsed: unknown;
          const error = thrown(() => (parsed = parseDataset(replaced(path, value))));
          expect(onlyDatasetError(error)).toBe(true);
          expectExplained(error);
          // Every problem names its file and a collection.
          if (error instanceof DatasetError)
            for (const p of error.problems) expect(p.collection).not.toBe("");
          // What is accepted reads back the same from its own JSON: nothing half-parsed gets in.
          else expect(parseDataset(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
        },
      ),
      { numRuns: 300 },
    );
  });
});
