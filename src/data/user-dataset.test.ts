import { afterEach, describe, expect, it, vi } from "vitest";
import { makeDataset, makeDocument, makeProject } from "./fixtures";
import {
  checkUserText,
  decodeText,
  getDatasetSource,
  loadActiveDataset,
  readUserFile,
  setDatasetSource,
  USER_FILE_MAX_BYTES,
  type UserFileResult,
} from "./user-dataset";

const valid = makeDataset({ projects: [makeProject({ id: "thar-coal", name: "Thar Coal" })] });
const validText = JSON.stringify(valid);

function file(parts: BlobPart[], name = "mine.json") {
  return new File(parts, name);
}

function problemOf(result: UserFileResult) {
  if (result.ok) throw new Error("expected a problem");
  return result.problem;
}

afterEach(() => setDatasetSource({ kind: "bundled" }));

describe("readUserFile", () => {
  it("accepts a valid dataset file and returns its data, text and name", async () => {
    const result = await readUserFile(file([validText]));
    expect(result).toEqual({ ok: true, name: "mine.json", text: validText, dataset: valid });
  });

  it("drops a UTF-8 byte-order mark", async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const result = await readUserFile(file([bom, validText]));
    expect(result.ok).toBe(true);
  });

  it("refuses a file over the limit without reading it", async () => {
    const big = file(["x"]);
    Object.defineProperty(big, "size", { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(big, "arrayBuffer");
    expect(problemOf(await readUserFile(big))).toEqual({
      kind: "too-large",
      bytes: 50 * 1024 * 1024,
      limit: USER_FILE_MAX_BYTES,
    });
    expect(read).not.toHaveBeenCalled();
  });

  it("says an empty or blank file is empty", async () => {
    expect(problemOf(await readUserFile(file([])))).toEqual({ kind: "empty" });
    expect(problemOf(await readUserFile(file(["  \n\t "])))).toEqual({ kind: "empty" });
  });

  it("says a file with NUL bytes or invalid UTF-8 is not text", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(problemOf(await readUserFile(file([png], "chart.png")))).toEqual({ kind: "binary" });
    const latin1 = new Uint8Array([0x7b, 0xe9, 0x7d]);
    expect(problemOf(await readUserFile(file([latin1])))).toEqual({ kind: "binary" });
  });

  it("lists every problem of a file that is not JSON or fails the schema", async () => {
    expect(problemOf(await readUserFile(file(["{ not json"])))).toMatchObject({
      kind: "invalid",
      problems: [expect.stringMatching(/^mine\.json:\(file\):\(record\): not valid JSON/)],
    });
    const bad = makeDataset({
      projects: [
        makeProject({ id: "a", sector: "mining" as never }),
        makeProject({ id: "b", provinces: [] }),
      ],
    });
    const problem = problemOf(await readUserFile(file([JSON.stringify(bad)])));
    expect(problem.kind).toBe("invalid");
    expect(problem.kind === "invalid" && problem.problems).toEqual([
      expect.stringMatching(/^mine\.json:projects\/a:sector: Invalid option/),
      expect.stringMatching(/^mine\.json:projects\/b:provinces: /),
    ]);
  });

  it("reports duplicate ids and dangling references, record and field", () => {
    const bad = makeDataset({
      projects: [makeProject({ id: "dup" }), makeProject({ id: "dup" })],
      documents: [makeDocument({ id: "mou", projectIds: ["nowhere"] })],
    });
    expect(problemOf(checkUserText("x.json", JSON.stringify(bad)))).toEqual({
      kind: "invalid",
      problems: [
        'x.json:projects/dup:id: duplicate id "dup"',
        'x.json:documents/mou:projectIds.0: refers to unknown projects id "nowhere"',
      ],
    });
  });

  it("says CSV is not supported rather than calling it broken JSON", () => {
    expect(problemOf(checkUserText("projects.csv", "id,name\nthar,Thar\n"))).toEqual({
      kind: "csv",
    });
  });
});

describe("decodeText", () => {
  it("decodes UTF-8, including non-Latin text", () => {
    expect(decodeText(new TextEncoder().encode("گوادر 瓜达尔"))).toBe("گوادر 瓜达尔");
  });
});

describe("loadActiveDataset", () => {
  const bundled = makeDataset({ projects: [makeProject({ id: "bundled-one" })] });

  it("uses the saved file when it passes the checks", async () => {
    const result = await loadActiveDataset(
      () => Promise.resolve(bundled),
      () => Promise.resolve({ name: "mine.json", text: validText, savedAt: "2026-01-01" }),
    );
    expect(result).toEqual(valid);
    expect(getDatasetSource()).toEqual({ kind: "user", name: "mine.json" });
  });

  it("falls back to the bundled data, and says so, when the saved file fails", async () => {
    const result = await loadActiveDataset(
      () => Promise.resolve(bundled),
      () => Promise.resolve({ name: "old.json", text: "{", savedAt: "2026-01-01" }),
    );
    expect(result).toBe(bundled);
    const source = getDatasetSource();
    expect(source.kind).toBe("stored-invalid");
    expect(source.kind === "stored-invalid" && source.name).toBe("old.json");
  });

  it("uses the bundled data when nothing is saved", async () => {
    setDatasetSource({ kind: "user", name: "stale.json" });
    const result = await loadActiveDataset(
      () => Promise.resolve(bundled),
      () => Promise.resolve(null),
    );
    expect(result).toBe(bundled);
    expect(getDatasetSource()).toEqual({ kind: "bundled" });
  });

  it("does not fail on a bundled-data error while the user's file is shown", async () => {
    const result = await loadActiveDataset(
      () => Promise.reject(new Error("offline")),
      () => Promise.resolve({ name: "mine.json", text: validText, savedAt: "2026-01-01" }),
    );
    expect(result).toEqual(valid);
  });

  it("reads nothing saved where there is no IndexedDB (jsdom)", async () => {
    const result = await loadActiveDataset(() => Promise.resolve(bundled));
    expect(result).toBe(bundled);
  });
});
