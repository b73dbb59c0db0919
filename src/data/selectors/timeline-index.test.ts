import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject } from "../fixtures";
import { resolveItem, selectTimelineIndex } from "./timeline-index";

describe("selectTimelineIndex", () => {
  it("links documents to meetings from either side, once", () => {
    const d1 = makeDocument({ id: "d1", meetingId: "m1", projectIds: ["p1"] });
    const d2 = makeDocument({ id: "d2", meetingId: null });
    const m1 = makeMeeting({ id: "m1", documentIds: ["d1", "d2", "missing"] });
    const index = selectTimelineIndex(makeDataset({ meetings: [m1], documents: [d1, d2] }));
    expect(index.documentsByMeeting.get("m1")?.map((d) => d.id)).toEqual(["d1", "d2"]);
    expect(index.documentsByProject.get("p1")?.map((d) => d.id)).toEqual(["d1"]);
  });
});

describe("resolveItem", () => {
  const m = makeMeeting({ id: "m", body: "jwg", date: "2016-05" });
  const p = makeProject({
    id: "p",
    dates: { start: "2015", plannedCompletion: null, completion: null },
  });
  const index = selectTimelineIndex(makeDataset({ meetings: [m], projects: [p] }));
  it("finds meetings and milestones by key, and nothing for unknown keys", () => {
    expect(resolveItem("meeting:m", index)).toMatchObject({
      kind: "jwg",
      extent: { date: "2016-05" },
    });
    expect(resolveItem("project:p:start", index)).toMatchObject({
      kind: "start",
      extent: { date: "2015" },
    });
    expect(resolveItem("project:p:completion", index)).toBeNull();
    expect(resolveItem("document:x", index)).toBeNull();
    expect(resolveItem("nonsense", index)).toBeNull();
  });
});
