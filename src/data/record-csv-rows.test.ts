import { describe, expect, it } from "vitest";
import { makeDataset } from "./fixtures";
import { exportFileName } from "./record-csv-rows";

describe("exportFileName", () => {
  it("carries the version and release date", () => {
    const meta = makeDataset().metadata;
    expect(exportFileName("projects", "full", meta, "csv")).toBe(
      "cpec-projects_1.0.0_2026-11-27.csv",
    );
    expect(exportFileName("dataset", "selection", meta, "json")).toBe(
      "cpec-dataset-selection_1.0.0_2026-11-27.json",
    );
  });
});
