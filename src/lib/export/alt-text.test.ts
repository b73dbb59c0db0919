import { describe, expect, it } from "vitest";
import { parseDisplayNumber, readTableText, tableFacts } from "./alt-text";

describe("parseDisplayNumber", () => {
  it("reads formatted amounts back for ordering", () => {
    expect(parseDisplayNumber("US$1.91bn")).toBe(1.91e9);
    expect(parseDisplayNumber("US$240m")).toBe(240e6);
    expect(parseDisplayNumber("US$1.91 billion")).toBe(1.91e9);
    expect(parseDisplayNumber("1,234")).toBe(1234);
    expect(parseDisplayNumber("12.5\u00a0MW")).toBe(12.5);
    expect(parseDisplayNumber("—")).toBeNull();
    expect(parseDisplayNumber("2015–2020")).toBeNull();
  });
});

describe("tableFacts", () => {
  it("finds the largest and smallest of the first numeric column", () => {
    expect(
      tableFacts({
        headers: ["Sector", "Investment", "Projects"],
        rows: [
          ["Energy", "US$21.1bn", "40"],
          ["Gwadar", "US$669m", "12"],
          ["Transport infrastructure", "US$22.6bn", "20"],
        ],
      }),
    ).toEqual({
      column: "Investment",
      largest: { label: "Transport infrastructure", value: "US$22.6bn" },
      smallest: { label: "Gwadar", value: "US$669m" },
    });
  });

  it("gives the trend over years and skips non-numeric columns", () => {
    const facts = tableFacts({
      headers: ["Year", "Note", "Completed that year"],
      rows: [
        ["2015", "a", "2"],
        ["2016", "b", "5"],
        ["2017", "c", "3"],
      ],
    });
    expect(facts?.column).toBe("Completed that year");
    expect(facts?.trend).toEqual({
      from: { label: "2015", value: "2" },
      to: { label: "2017", value: "3" },
      direction: "rising",
    });
  });

  it("reads a table element as displayed", () => {
    document.body.innerHTML = `<table><thead><tr><th>Status</th><th>Projects</th></tr></thead>
      <tbody><tr><th>Planned</th><td>43</td></tr><tr><th>Cancelled</th><td>5</td></tr></tbody></table>`;
    const text = readTableText(document.querySelector("table")!);
    expect(text).toEqual({
      headers: ["Status", "Projects"],
      rows: [
        ["Planned", "43"],
        ["Cancelled", "5"],
      ],
    });
    expect(tableFacts(text)?.smallest).toEqual({ label: "Cancelled", value: "5" });
    expect(tableFacts({ headers: [], rows: [] })).toBeNull();
  });
});
