import { describe, expect, it, vi } from "vitest";
import { toCsv } from "@/lib/csv";
import { makeDataset, makeDocument, makeProject } from "./fixtures";
import { projectCsvRow } from "./project-csv-row";
import { PROJECT_COLUMNS } from "./projects-csv-columns";
import { decodeFile } from "./text-encoding";
import { loadActiveDataset } from "./user-dataset";
import {
  checkUserText,
  detectFormat,
  readUserFile,
  USER_FILE_MAX_BYTES,
  type UserFileResult,
} from "./user-file";

const valid = makeDataset({ projects: [makeProject({ id: "thar-coal", name: "Thar Coal" })] });
const validText = JSON.stringify(valid);

/** The bundled data a projects CSV is completed by: one document links a project the CSV lacks. */
const bundledForCsv = makeDataset({
  projects: [makeProject({ id: "bundled-one" })],
  documents: [makeDocument({ id: "mou", projectIds: ["bundled-one", "mine-one"] })],
});
const csvProject = makeProject({ id: "mine-one", name: "Mine" });
const csvText = toCsv({
  comments: ["Test dataset"],
  columns: PROJECT_COLUMNS,
  rows: [projectCsvRow(csvProject)],
});

function file(parts: BlobPart[], name = "mine.json") {
  return new File(parts, name);
}

function problemOf(result: UserFileResult) {
  if (result.ok) throw new Error("expected a problem");
  return result.problem;
}

describe("readUserFile", () => {
  it("accepts a valid dataset file and returns its data, text and name", async () => {
    const result = await readUserFile(file([validText]));
    expect(result).toEqual({
      ok: true,
      name: "mine.json",
      text: validText,
      format: "json",
      dataset: valid,
    });
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

  it("says a file with NUL bytes is not text", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(problemOf(await readUserFile(file([png], "chart.png")))).toEqual({ kind: "binary" });
  });

  it("names the row of a byte that is not UTF-8 (a Latin-1 file)", async () => {
    const latin1 = new TextEncoder().encode('{\n  "a": 1,\n  "name": "Caf?"\n}');
    latin1[latin1.indexOf(0x3f)] = 0xe9;
    expect(problemOf(await readUserFile(file([latin1])))).toEqual({
      kind: "not-utf8",
      row: 3,
      byte: 0xe9,
    });
  });

  it("reads UTF-16 with a byte-order mark, and names UTF-16 without one", async () => {
    const utf16 = (text: string, bom: boolean) => {
      const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
      const view = new DataView(bytes.buffer);
      [...(bom ? "\ufeff" : ""), ...text].forEach((c, i) =>
        view.setUint16(i * 2, c.charCodeAt(0), true),
      );
      return bytes;
    };
    expect(await readUserFile(file([utf16(validText, true)]))).toMatchObject({
      ok: true,
      dataset: valid,
    });
    expect(problemOf(await readUserFile(file([utf16(validText, false)])))).toEqual({
      kind: "utf16",
    });
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

  it("reports duplicate ids and dangling references, record and field", async () => {
    const bad = makeDataset({
      projects: [makeProject({ id: "dup" }), makeProject({ id: "dup" })],
      documents: [makeDocument({ id: "mou", projectIds: ["nowhere"] })],
    });
    expect(problemOf(await checkUserText("x.json", JSON.stringify(bad)))).toEqual({
      kind: "invalid",
      problems: [
        'x.json:projects/dup:id: duplicate id "dup"',
        'x.json:documents/mou:projectIds.0: refers to unknown projects id "nowhere"',
      ],
    });
  });

  it("opens a projects CSV with the bundled data, counting the links it left out", async () => {
    const loadBundled = vi.fn(() => Promise.resolve(bundledForCsv));
    const result = await readUserFile(file([csvText], "projects.csv"), loadBundled);
    if (!result.ok || result.format !== "csv") throw new Error("expected a CSV dataset");
    expect(result.dataset.projects).toEqual([csvProject]);
    expect(result.dataset.documents[0]?.projectIds).toEqual(["mine-one"]);
    expect(result.linksLeftOut).toBe(1);
    expect(result.text).toBe(csvText);
    expect(loadBundled).toHaveBeenCalledOnce();
  });

  it("lists a CSV's problems by row and column, and says an empty CSV is empty", async () => {
    const bundled = () => Promise.resolve(bundledForCsv);
    expect(
      problemOf(
        await checkUserText("projects.csv", "id,name\nthar,Thar\n", { loadBundled: bundled }),
      ),
    ).toEqual({
      kind: "invalid",
      problems: [
        `projects.csv: header (row 1): missing columns ${PROJECT_COLUMNS.slice(2)
          .filter((c) => c !== "pre_cpec")
          .map((c) => `"${c}"`)
          .join(", ")}`,
      ],
    });
    expect(problemOf(await readUserFile(file([""], "projects.csv"), bundled))).toEqual({
      kind: "empty",
    });
  });

  it("says when a CSV cannot be opened because the bundled data is missing", async () => {
    const result = await checkUserText("projects.csv", csvText, {
      loadBundled: () => Promise.reject(new Error("offline")),
    });
    expect(problemOf(result)).toEqual({ kind: "no-bundled", message: "offline" });
  });
});

describe("detectFormat", () => {
  it("reads JSON-looking text as JSON, and CSV by its name or its first line", () => {
    expect(detectFormat("mine.json", "{}")).toBe("json");
    expect(detectFormat("mine.csv", ' [{"id": 1}]')).toBe("json");
    expect(detectFormat("mine.csv", "id,name")).toBe("csv");
    expect(detectFormat("export.txt", "# Test dataset\r\nid,name")).toBe("csv");
    expect(detectFormat("export", "id;name")).toBe("csv");
    expect(detectFormat("notes.txt", "hello")).toBe("json");
  });
});

describe("decodeFile", () => {
  it("decodes UTF-8, including non-Latin text", () => {
    expect(decodeFile(new TextEncoder().encode("گوادر 瓜达尔"))).toEqual({
      ok: true,
      text: "گوادر 瓜达尔",
    });
  });

  it("names the first byte outside UTF-8 and its row, also inside a cut sequence", () => {
    expect(decodeFile(new Uint8Array([0x61, 0x0a, 0x0a, 0xe2, 0x82]))).toEqual({
      ok: false,
      problem: { kind: "not-utf8", row: 3, byte: 0xe2 },
    });
    expect(decodeFile(new Uint8Array([0xc0, 0xaf]))).toEqual({
      ok: false,
      problem: { kind: "not-utf8", row: 1, byte: 0xc0 },
    });
  });
});

describe("loadActiveDataset", () => {
  const bundled = makeDataset({ projects: [makeProject({ id: "bundled-one" })] });
  /** The bundled file as fetched: bytes the build checked, or not. */
  const fetched =
    (dataset: typeof bundled, buildChecked = true) =>
    () =>
      Promise.resolve({ dataset, buildChecked });

  it("uses the saved file when it passes the checks", async () => {
    const result = await loadActiveDataset(fetched(bundled), () =>
      Promise.resolve({ name: "mine.json", text: validText, savedAt: "2026-01-01" }),
    );
    expect(result).toEqual({
      dataset: valid,
      source: { kind: "user", name: "mine.json", format: "json" },
    });
  });

  it("reads a saved CSV as CSV again, with the bundled data", async () => {
    const result = await loadActiveDataset(fetched(bundledForCsv), () =>
      // Named .txt: the stored format, not the name, says how it is read.
      Promise.resolve({ name: "mine.txt", text: csvText, format: "csv", savedAt: "2026-01-01" }),
    );
    expect(result.dataset.projects).toEqual([csvProject]);
    expect(result.dataset.documents[0]?.projectIds).toEqual(["mine-one"]);
    expect(result.source).toEqual({ kind: "user", name: "mine.txt", format: "csv" });
  });

  it("keeps a saved CSV and shows the bundled data's own error when that fails to load", async () => {
    const offline = new Error("offline");
    await expect(
      loadActiveDataset(
        () => Promise.reject(offline),
        () =>
          Promise.resolve({ name: "p.csv", text: csvText, format: "csv", savedAt: "2026-01-01" }),
      ),
    ).rejects.toBe(offline);
  });

  it("falls back to the bundled data, and says so, when the saved file fails", async () => {
    const result = await loadActiveDataset(fetched(bundled), () =>
      Promise.resolve({ name: "old.json", text: "{", savedAt: "2026-01-01" }),
    );
    expect(result.dataset).toBe(bundled);
    expect(result.source).toEqual({
      kind: "stored-invalid",
      name: "old.json",
      problems: [expect.stringMatching(/^old\.json:\(file\):\(record\): not valid JSON/) as string],
    });
  });

  it("uses the bundled data when nothing is saved, and says whether the build checked it", async () => {
    const checked = await loadActiveDataset(fetched(bundled), () => Promise.resolve(null));
    expect(checked).toEqual({ dataset: bundled, source: { kind: "bundled", buildChecked: true } });
    const changed = await loadActiveDataset(fetched(bundled, false), () => Promise.resolve(null));
    expect(changed.source).toEqual({ kind: "bundled", buildChecked: false });
  });

  it("does not fail on a bundled-data error while the user's file is shown", async () => {
    const result = await loadActiveDataset(
      () => Promise.reject(new Error("offline")),
      () => Promise.resolve({ name: "mine.json", text: validText, savedAt: "2026-01-01" }),
    );
    expect(result.dataset).toEqual(valid);
  });

  it("reads nothing saved where there is no IndexedDB (jsdom)", async () => {
    const result = await loadActiveDataset(fetched(bundled));
    expect(result.dataset).toBe(bundled);
  });
});
