import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject } from "../fixtures";
import { NO_FILTERS } from "../filters";
import {
  documentDetail,
  documentsPerYearByType,
  filterDocuments,
  selectDocumentsView,
  sortDocumentRows,
  typesPresent,
} from "./documents";

describe("documentsPerYearByType", () => {
  it("counts instruments per year and type, with records beside, filling empty years", () => {
    const rows = documentsPerYearByType([
      makeDocument({ date: "2015-04-20", type: "mou", count: 1 }),
      makeDocument({ date: "2015-04-20", type: "package", count: 51 }),
      makeDocument({ date: "2015", type: "mou", count: 2 }),
      makeDocument({ date: "2017-05", type: "agreement", count: 1 }),
    ]);
    expect(
      rows.map((r) => [
        r.year,
        r.mou,
        r.package,
        r.agreement,
        r.protocol,
        r.instruments,
        r.records,
      ]),
    ).toEqual([
      [2015, 3, 51, 0, 0, 54, 3],
      [2016, 0, 0, 0, 0, 0, 0],
      [2017, 0, 0, 1, 0, 1, 1],
    ]);
    expect(typesPresent(rows)).toEqual(["mou", "agreement", "package"]);
  });
});

describe("documentsPerYearByType with packages", () => {
  it("counts a document itemised from a package once, inside the package", () => {
    const rows = documentsPerYearByType([
      makeDocument({ id: "pkg", date: "2015-04-20", type: "package", count: 51 }),
      makeDocument({ date: "2015-04-20", type: "agreement", count: 1, packageId: "pkg" }),
      makeDocument({ date: "2015-04-20", type: "mou", count: 1, packageId: "pkg" }),
      makeDocument({ date: "2015-06", type: "mou", count: 1 }),
    ]);
    expect(
      rows.map((r) => [r.year, r.package, r.agreement, r.mou, r.instruments, r.records]),
    ).toEqual([[2015, 51, 0, 1, 52, 4]]);
  });
});

describe("filterDocuments", () => {
  const docs = [
    makeDocument({ id: "a", date: "2014", title: "Framework on energy", parties: [] }),
    makeDocument({
      id: "b",
      date: "2016-06",
      title: "Loan agreement",
      parties: [{ name: "Exim Bank of China", kind: "bank", country: "CN" }],
    }),
  ];
  it("applies the year range and searches title and parties", () => {
    expect(filterDocuments(docs, { ...NO_FILTERS, from: 2015 }).map((d) => d.id)).toEqual(["b"]);
    expect(filterDocuments(docs, { ...NO_FILTERS, query: " EXIM " }).map((d) => d.id)).toEqual([
      "b",
    ]);
    expect(filterDocuments(docs, { ...NO_FILTERS, query: "energy" }).map((d) => d.id)).toEqual([
      "a",
    ]);
    expect(
      filterDocuments(docs, { ...NO_FILTERS, sectors: ["transport"] }).map((d) => d.id),
    ).toEqual(["a", "b"]);
  });
});

describe("sortDocumentRows", () => {
  const dataset = makeDataset({
    meetings: [makeMeeting({ id: "jcc-4", date: "2014-12-29" })],
    documents: [
      makeDocument({
        id: "x",
        date: "2017-05",
        title: "Bravo",
        type: "protocol",
        count: 2,
        meetingId: "jcc-4",
      }),
      makeDocument({
        id: "y",
        date: "2015-04-20",
        title: "Alpha",
        type: "mou",
        count: 51,
        occasion: "State visit",
      }),
      makeDocument({ id: "z", date: "2019", title: "Charlie", type: "agreement", count: 1 }),
    ],
  });
  const rows = selectDocumentsView(dataset, NO_FILTERS).rows;
  const order = (key: Parameters<typeof sortDocumentRows>[1], dir: "asc" | "desc") =>
    sortDocumentRows(rows, key, dir).map((r) => r.document.id);
  it("sorts by each column in both directions", () => {
    expect(order("date", "desc")).toEqual(["z", "x", "y"]);
    expect(order("date", "asc")).toEqual(["y", "x", "z"]);
    expect(order("title", "asc")).toEqual(["y", "x", "z"]);
    expect(order("type", "asc")).toEqual(["y", "z", "x"]);
    expect(order("instruments", "desc")).toEqual(["y", "x", "z"]);
    expect(order("signedAt", "asc")).toEqual(["x", "y", "z"]);
  });
  it("joins the meeting a document was signed at", () => {
    expect(rows.find((r) => r.document.id === "x")?.meeting?.id).toBe("jcc-4");
    expect(selectDocumentsView(dataset, NO_FILTERS)).toMatchObject({
      records: 3,
      instruments: 54,
      busiestYear: { year: 2015, instruments: 51 },
    });
  });
});

describe("documentDetail", () => {
  it("resolves the meeting and the related projects, skipping unknown ids", () => {
    const dataset = makeDataset({
      projects: [makeProject({ id: "port-qasim", name: "Port Qasim" })],
      meetings: [makeMeeting({ id: "jcc-5", date: "2015-11-12" })],
      documents: [
        makeDocument({ id: "d", meetingId: "jcc-5", projectIds: ["port-qasim", "gone"] }),
      ],
    });
    const detail = documentDetail(dataset, "d");
    expect(detail?.meeting?.id).toBe("jcc-5");
    expect(detail?.projects).toEqual([{ id: "port-qasim", name: "Port Qasim" }]);
    expect(documentDetail(dataset, "nope")).toBeNull();
  });
});
