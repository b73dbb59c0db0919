import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvBlob, toCsv } from "./csv";

describe("toCsv", () => {
  const csv = toCsv({
    comments: ["CPEC Progress Dashboard dataset 1.0.0", "Cite as: Someone, 2026.\nSecond line"],
    columns: ["id", "name", "value", "flag", "empty"],
    rows: [
      { id: "a", name: 'Quote "this", and a comma', value: 1912.2, flag: true, empty: null },
      { id: "b", name: "Line\nbreak; 中文", value: 0, flag: false, empty: "" },
      { id: "c", name: '=HYPERLINK("x")', value: -3, flag: false, empty: "@x" },
    ],
  });

  it("starts with the comment lines, then the header", () => {
    const lines = csv.split("\r\n");
    expect(lines.slice(0, 3)).toEqual([
      "# CPEC Progress Dashboard dataset 1.0.0",
      "# Cite as: Someone, 2026. Second line",
      "id,name,value,flag,empty",
    ]);
  });

  it("round-trips through papaparse with exact cells, formulas neutralised", () => {
    const parsed = Papa.parse<string[]>(csv, { comments: "#", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ["id", "name", "value", "flag", "empty"],
      ["a", 'Quote "this", and a comma', "1912.2", "true", ""],
      ["b", "Line\nbreak; 中文", "0", "false", ""],
      ["c", '\'=HYPERLINK("x")', "-3", "false", "'@x"],
    ]);
  });

  it("escapes caption lines like cells: no cell a spreadsheet cuts from them is a formula", () => {
    const captions = [
      'Filters: q=x,=HYPERLINK("http://evil","click")',
      "Title: +SUM(1), file: @evil.csv;-2+3;\t=1",
      'Quoted: a," =cmd|x"',
      "=Title at the start\r=after a CR",
    ];
    const lines = toCsv({ comments: captions, columns: ["id"], rows: [] }).split("\r\n");
    expect(lines.slice(0, 4)).toEqual([
      `# Filters: q=x,'=HYPERLINK("http://evil","click")`,
      "# Title: +SUM(1), file: @evil.csv;'-2+3;\t'=1",
      `# Quoted: a," '=cmd|x"`,
      "# =Title at the start =after a CR",
    ]);
    // Read as a spreadsheet would (comma, semicolon or tab), no cell starts with a formula sign.
    for (const delimiter of [",", ";", "\t"]) {
      const cells = Papa.parse<string[]>(lines.slice(0, 4).join("\r\n"), { delimiter }).data.flat();
      expect(cells.filter((c) => /^\s*[=+\-@]/.test(c))).toEqual([]);
    }
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv({ comments: [], columns: ["id"], rows: [] })).toBe("id\r\n");
  });
});

describe("csvBlob", () => {
  it("is UTF-8 CSV with a byte-order mark", async () => {
    const blob = csvBlob("id\r\n");
    expect(blob.type).toBe("text/csv;charset=utf-8");
    expect(new Uint8Array(await blob.arrayBuffer()).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
  });
});
