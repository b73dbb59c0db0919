import { describe, expect, it } from "vitest";
import { generateDataset, SYNTHETIC_TITLE } from "./generate-dataset";
import { parseDataset } from "./load-dataset";

const counts = { projects: 300, documents: 240, meetings: 150, workingGroups: 13, aggregates: 90 };

describe("generateDataset (synthetic benchmark data)", () => {
  it("is deterministic for a seed and different for another", () => {
    expect(generateDataset({ seed: 1, ...counts })).toEqual(
      generateDataset({ seed: 1, ...counts }),
    );
    expect(generateDataset({ seed: 2, ...counts })).not.toEqual(
      generateDataset({ seed: 1, ...counts }),
    );
  });

  it("passes the schema and the cross-record checks, with the counts asked for", () => {
    const dataset = parseDataset(generateDataset({ seed: 3, ...counts }));
    expect(dataset.projects).toHaveLength(300);
    expect(dataset.documents).toHaveLength(240);
    expect(dataset.meetings).toHaveLength(150);
    expect(dataset.documents.some((d) => d.meetingId !== null)).toBe(true);
  });

  it("labels itself synthetic everywhere", () => {
    const dataset = generateDataset({ seed: 4, ...counts });
    expect(dataset.metadata.title).toBe(SYNTHETIC_TITLE);
    const ids = [
      ...dataset.projects,
      ...dataset.documents,
      ...dataset.meetings,
      ...dataset.workingGroups,
      ...dataset.aggregates,
    ].map((r) => r.id);
    expect(ids.every((id) => id.startsWith("synthetic-"))).toBe(true);
  });
});
