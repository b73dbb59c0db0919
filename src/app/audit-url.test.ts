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
      { kind: "bad-year", param: "from", value: "abc", monthToo: false },
      { kind: "bad-year", param: "to", value: "99999", monthToo: false },
      { kind: "bad-year", param: "tfrom", value: "2017-13", monthToo: true },
    ]);
  });

  it("tells that `to` takes a year only, naming the timeline's parameter that takes a month", () => {
    expect(auditUrl("?to=2017-05&from=2016-01")).toEqual([
      { kind: "year-only", param: "to", value: "2017-05", instead: "tto" },
      { kind: "year-only", param: "from", value: "2016-01", instead: "tfrom" },
    ]);
  });

  it("tells that a reversed timeline range is read in order", () => {
    expect(auditUrl("?tfrom=2100&tto=2000")).toEqual([
      { kind: "timeline-reversed", from: "2100", to: "2000" },
    ]);
    expect(auditUrl("?tfrom=2018-05&tto=2018")).toEqual([
      { kind: "timeline-reversed", from: "2018-05", to: "2018" },
    ]);
    expect(auditUrl("?tfrom=2018&tto=2018-05")).toEqual([]);
  });

  it("knows the parameters the app writes itself: presentation, amounts, digits", () => {
    expect(auditUrl("?present=1&step=2&amounts=south-asian&digits=arab&lang=ur")).toEqual([]);
    expect(auditUrl("?amounts=international")).toEqual([]);
    expect(auditUrl("?amounts=crore&present=yes&step=0&step=2")).toEqual([
      { kind: "not-a-choice", param: "amounts", value: "crore" },
      { kind: "bad-flag", param: "present", value: "yes" },
      { kind: "repeated", param: "step", count: 2, used: "0" },
      { kind: "bad-count", param: "step", value: "0" },
    ]);
  });

  it.each(["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"])(
    "reads %j as an unknown parameter and as a value that is not a view",
    (name) => {
      expect(auditUrl(`?${name}=1&view=${name}`)).toEqual([
        { kind: "unknown-param", param: name },
        { kind: "not-a-choice", param: "view", value: name },
      ]);
    },
  );

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
    expect(auditUrl("?titem=jcc-10&titem=cluster:jcc:2017-05-12", dataset)).toEqual([
      { kind: "repeated", param: "titem", count: 2, used: "jcc-10" },
      { kind: "bad-id", param: "titem", value: "jcc-10" },
    ]);
    expect(auditUrl("?titem=cluster:jcc:2017-05-12", dataset)).toEqual([]);
  });

  it("never throws, whatever the query string; the dataset only adds ids it does not hold", () => {
    const keys = fc.constantFrom("view", "sector", "from", "to", "q", "project", "titem", "mapx");
    const known = (cs: ReturnType<typeof auditUrl>) => cs.filter((c) => c.kind !== "unknown-id");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(keys, fc.string()), fc.string()), { maxLength: 8 }),
        fc.string(),
        (pairs, raw) => {
          const search = `?${new URLSearchParams(pairs).toString()}`;
          expect(known(auditUrl(search, dataset))).toEqual(auditUrl(search));
          expect(known(auditUrl(raw, dataset))).toEqual(auditUrl(raw));
          for (const c of auditUrl(raw, dataset))
            if (c.kind === "unknown-id") expect(c.param).toMatch(/^(project|doc|meeting|titem)$/);
        },
      ),
    );
  });
});
