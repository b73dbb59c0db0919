import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting } from "@/data/fixtures";
import { figureContextFor } from "@/test-utils";
import {
  buildDocumentsPerYearFigure,
  buildMeetingsPerYearFigure,
  DOCUMENT_TYPE_STYLES,
} from "./per-year";

function dataset() {
  return makeDataset({
    documents: [
      makeDocument({ id: "d1", date: "2015-04-20", type: "package", count: 51 }),
      makeDocument({ id: "d2", date: "2015-04-20", type: "mou", count: 1 }),
      makeDocument({ id: "d3", date: "2016-06", type: "other", count: 2 }),
      makeDocument({ id: "d4", date: "2016-06", type: "agreement", count: 1 }),
      makeDocument({ id: "d5", date: "2016", type: "framework-agreement", count: 1 }),
    ],
  });
}

describe("buildDocumentsPerYearFigure", () => {
  it("stacks the types first, then “other”, and the signing packages last, each textured", async () => {
    const f = buildDocumentsPerYearFigure(dataset(), await figureContextFor("en"));
    expect(f.series.map((s) => [s.key, s.color, s.pattern])).toEqual([
      ["mou", "chart-1", "solid"],
      ["agreement", "chart-2", "vertical"],
      ["framework-agreement", "chart-5", "diagonal"],
      ["other", "chart-9", "checker"],
      ["package", "chart-8", "light"],
    ]);
    expect(f.legend.map((l) => [l.label, l.pattern])).toEqual([
      ["MoU", "solid"],
      ["Agreement", "vertical"],
      ["Framework agreement", "diagonal"],
      ["Other", "checker"],
      ["Signing package", "light"],
    ]);
    expect(f.columns).toEqual([
      {
        year: 2015,
        values: { mou: 1, agreement: 0, "framework-agreement": 0, other: 0, package: 51 },
      },
      {
        year: 2016,
        values: { mou: 0, agreement: 1, "framework-agreement": 1, other: 2, package: 0 },
      },
    ]);
  });

  it("gives no two types the same colour, nor the same texture", () => {
    const styles = Object.values(DOCUMENT_TYPE_STYLES);
    expect(new Set(styles.map((s) => s.color)).size).toBe(9);
    expect(new Set(styles.map((s) => s.pattern)).size).toBe(9);
  });
});

describe("buildMeetingsPerYearFigure", () => {
  it("fills JCC sessions solid and working groups hatched, in the legend too", async () => {
    const f = buildMeetingsPerYearFigure(
      makeDataset({ meetings: [makeMeeting({ body: "jcc", date: "2014-02-20" })] }),
      await figureContextFor("en"),
    );
    expect(f.series.map((s) => s.pattern)).toEqual(["solid", "diagonal"]);
    expect(f.legend.map((l) => l.pattern)).toEqual(["solid", "diagonal"]);
  });
});
