import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, describe, expect, it } from "vitest";
import {
  makeDataset,
  makeDocument,
  makeMeeting,
  makeProject,
  makeSource,
  makeWorkingGroup,
} from "@/data/fixtures";
import { renderWithData, switchLanguage } from "@/test-utils";
import { MeetingsView } from "./meetings-view";

const dataset = makeDataset({
  projects: [makeProject({ id: "sahiwal", name: "Sahiwal Coal Power Plant" })],
  workingGroups: [
    makeWorkingGroup({
      id: "jwg-energy",
      name: "Energy JWG",
      established: { date: "2013-08", meetingId: "jcc-1", note: null },
    }),
  ],
  meetings: [
    makeMeeting({
      id: "jcc-1",
      session: 1,
      date: "2013-08-27",
      venue: "Beijing",
      workingGroupsEstablished: ["jwg-energy"],
    }),
    makeMeeting({
      id: "jcc-2",
      session: 2,
      date: "2014-02",
      mode: "video-link",
      venue: null,
      documentsSigned: 5,
      documentIds: ["mou-energy"],
      outcomes: ["Agreed the early-harvest list"],
      sources: [
        makeSource({
          publisher: "Ministry of Planning",
          title: "Second JCC held",
          url: "https://example.org/jcc2",
          date: "2014-02-20",
        }),
      ],
    }),
    makeMeeting({
      id: "energy-1",
      body: "jwg",
      session: 1,
      workingGroupId: "jwg-energy",
      date: "2014-05",
    }),
  ],
  documents: [
    makeDocument({
      id: "mou-energy",
      title: "MoU on energy cooperation",
      projectIds: ["sahiwal"],
      date: "2014-02",
    }),
  ],
});

describe("MeetingsView", () => {
  it("lists the JCC sessions with their venue and documents signed", async () => {
    renderWithData(<MeetingsView />, { dataset });
    const table = await screen.findByRole("table", {
      name: "Joint Cooperation Committee sessions",
    });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[1]?.textContent)).toEqual([
      "Beijing",
      "Video link",
    ]);
    expect(within(rows[1]!).getAllByRole("cell")[3]).toHaveTextContent(
      "5 reported1 itemised in the dataset",
    );
    expect(within(rows[0]!).getAllByRole("cell")[3]).toHaveTextContent(/^Not reported$/);
    expect(within(rows[0]!).getByRole("button", { name: "1st JCC" })).toBeInTheDocument();
  });

  it("choosing a meeting shows its documents, sources and the projects concerned", async () => {
    const user = userEvent.setup();
    const { updates } = renderWithData(<MeetingsView />, { dataset });
    await user.click(await screen.findByRole("button", { name: "2nd JCC" }));
    const detail = await screen.findByRole("region", { name: "Meeting details" });
    expect(within(detail).getByRole("heading", { level: 2, name: "2nd JCC" })).toHaveFocus();
    expect(within(detail).getByText("MoU on energy cooperation")).toBeInTheDocument();
    expect(within(detail).getByText("Agreed the early-harvest list")).toBeInTheDocument();
    expect(
      within(detail).getByRole("link", { name: "Second JCC held (opens in a new tab)" }),
    ).toHaveAttribute("href", "https://example.org/jcc2");
    expect(updates.at(-1)?.queryString).toBe("?meeting=jcc-2");

    await user.click(
      within(detail).getByRole("button", {
        name: "Sahiwal Coal Power Plant (open project details)",
      }),
    );
    expect(updates.at(-1)?.searchParams.get("project")).toBe("sahiwal");
  });

  it("opens the meeting named in the URL and shows the working groups it created", async () => {
    renderWithData(<MeetingsView />, { dataset, search: "?meeting=jcc-1" });
    const detail = await screen.findByRole("region", { name: "Meeting details" });
    expect(
      within(detail).getByRole("heading", { level: 3, name: "Working groups it created" }),
    ).toBeInTheDocument();
    expect(within(detail).getByText("Energy JWG")).toBeInTheDocument();
  });

  it("applies the year range to sessions and working-group counts", async () => {
    renderWithData(<MeetingsView />, { dataset, search: "?from=2014" });
    const table = await screen.findByRole("table", {
      name: "Joint Cooperation Committee sessions",
    });
    expect(within(table).getAllByRole("row")).toHaveLength(2);
    const groups = screen.getByRole("table", { name: "Joint Working Groups" });
    const row = within(groups).getByRole("row", { name: /Energy JWG/ });
    expect(within(row).getByText("Aug 2013, at the 1st JCC")).toBeInTheDocument();
    expect(within(row).getAllByRole("cell").at(-1)).toHaveTextContent("1");
  });
});

describe("a meeting's details in Urdu and Chinese", () => {
  // 12 documents reported; 2 itemised, holding 1,318 + 2 = 1,320 instruments.
  const signing = makeDataset({
    projects: [makeProject({ id: "sahiwal", name: "Sahiwal Coal Power Plant" })],
    meetings: [
      makeMeeting({
        id: "jcc-2",
        session: 2,
        date: "2014-02-20",
        venue: "Beijing",
        documentsSigned: 12,
        documentIds: ["package", "mou"],
      }),
    ],
    documents: [
      makeDocument({ id: "package", count: 1318, date: "2014-02-20", projectIds: ["sahiwal"] }),
      makeDocument({ id: "mou", count: 2, date: "2014-02-20" }),
    ],
  });
  afterAll(() => switchLanguage("en"));

  const CASES = [
    {
      lang: "ur",
      search: "?lang=ur&digits=arab&meeting=jcc-2",
      region: "اجلاس کی تفصیل",
      fields: [
        ["تاریخ", "۲۰ فروری، ۲۰۱۴"],
        ["مقام", "Beijing"],
        [
          "دستخط شدہ دستاویزات",
          "۱۲ رپورٹ ہوئیں · \u2068۲\u2069 نیچے تفصیلاً درج (\u2068۱٬۳۲۰\u2069 دستاویزات)",
        ],
        ["اعتماد", "تصدیق شدہ"],
      ],
      package: "۲۰ فروری، ۲۰۱۴ · مفاہمت کی یادداشت · ۱٬۳۱۸ دستاویزات",
    },
    {
      lang: "zh",
      search: "?lang=zh&meeting=jcc-2",
      region: "会议详情",
      fields: [
        ["日期", "2014年2月20日"],
        ["地点", "Beijing"],
        ["签署文件", "报道 12 份 · 下列 2 条（1,320 份文件）"],
        ["可信度", "已证实"],
      ],
      package: "2014年2月20日 · 谅解备忘录 · 1,318 份文件",
    },
  ] as const;

  for (const x of CASES)
    it(`writes its fields and documents with the reader's digits (${x.search})`, async () => {
      await switchLanguage(x.lang);
      renderWithData(<MeetingsView />, { dataset: signing, search: x.search });
      const detail = await screen.findByRole("region", { name: x.region });
      const terms = within(detail).getAllByRole("term");
      expect(terms.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])).toEqual(
        x.fields,
      );
      expect(within(detail).getByText(x.package)).toBeInTheDocument();
    });
});
