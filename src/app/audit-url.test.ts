import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject } from "@/data/fixtures";
import { auditUrl } from "./audit-url";

const dataset = makeDataset({
  projects: [makeProject({ id: "thar-coal" })],
  documents: [makeDocument({ id: "mou-2015" })],
  meetings: [makeMeeting({ id: "jcc-10" })],
});

describe("auditUrl", () => {
  it("finds nothing to say about a valid URL or an empty one", () => {
    expect(auditUrl("")).toEqual([]);
    expect(auditUrl("?")).toEqual([]);
    expect(
      auditUrl(
        "?view=projects&sector=energy,transport&from=2015&to=2020&q=thar&project=thar-coal&doc=mou-2015&meeting=jcc-10&mapzoom=2.5&tfrom=2017-05&titem=project:thar-coal:start&docsort=title-asc",
        dataset,
      ),
    ).toEqual([]);
  });

  it("names unknown list items, views and parameters", () => {
    expect(auditUrl("?view=admin&sector=energy,mining&province=%3Cscript%3E&foo=1")).toEqual([
      { kind: "not-a-choice", param: "view", value: "admin" },
      { kind: "not-a-choice", param: "sector", value: "mining" },
      { kind: "not-a-choice", param: "province", value: "<script>" },
      { kind: "unknown-param", param: "foo" },
    ]);
  });

  it("reads a reversed year range and names an absurd or malformed year", () => {
    expect(auditUrl("?from=2022&to=2016")).toEqual([
      { kind: "years-reversed", from: 2022, to: 2016 },
    ]);
    expect(auditUrl("?from=abc&to=99999&tfrom=2017-13")).toEqual([
      { kind: "bad-year", param: "from", value: "abc" },
      { kind: "bad-year", param: "to", value: "99999" },
      { kind: "bad-year", param: "tfrom", value: "2017-13" },
    ]);
  });

  it("says which value of a repeated key was used", () => {
    expect(auditUrl("?view=map&view=projects")).toEqual([
      { kind: "repeated", param: "view", count: 2, used: "map" },
    ]);
  });

  it("says a long search text was cut and a number was out of range", () => {
    expect(auditUrl(`?q=${"x".repeat(3000)}&mapzoom=99&mapx=east`)).toEqual([
      { kind: "text-cut", param: "q", length: 3000, max: 100 },
      { kind: "bad-number", param: "mapzoom", value: "99", min: 1, max: 8 },
      { kind: "bad-number", param: "mapx", value: "east", min: -180, max: 180 },
    ]);
  });

  it("checks record ids against the dataset, and their form without one", () => {
    expect(auditUrl("?project=x&doc=nope&meeting=Bad%20Id&titem=meeting:jcc-99", dataset)).toEqual([
      { kind: "unknown-id", param: "project", value: "x" },
      { kind: "unknown-id", param: "doc", value: "nope" },
      { kind: "bad-id", param: "meeting", value: "Bad Id" },
      { kind: "unknown-id", param: "titem", value: "meeting:jcc-99" },
    ]);
    expect(auditUrl("?project=x")).toEqual([]);
  });

  it("never throws, whatever the query string", () => {
    const keys = fc.constantFrom("view", "sector", "from", "to", "q", "project", "titem", "mapx");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(keys, fc.string()), fc.string()), { maxLength: 8 }),
        fc.string(),
        (pairs, raw) => {
          const params = new URLSearchParams(pairs);
          expect(Array.isArray(auditUrl(`?${params.toString()}`, dataset))).toBe(true);
          expect(Array.isArray(auditUrl(raw, dataset))).toBe(true);
          expect(Array.isArray(auditUrl(raw))).toBe(true);
        },
      ),
    );
  });
});
