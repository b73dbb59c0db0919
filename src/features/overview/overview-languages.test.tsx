import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeMetadata, makeProject } from "@/data/fixtures";
import { NO_FILTERS } from "@/data/filters";
import { latestOfficial } from "@/data/selectors/aggregates";
import { selectOverview } from "@/data/selectors/overview";
import { renderWithData, switchLanguage } from "@/test-utils";
import { HeadlineCards } from "./headline-cards";
import { OverviewCharts } from "./overview-charts";

/*
 * The Overview as an Urdu or Chinese reader sees it, with both Urdu digit systems: the words, the
 * digits and the amounts of the cards, of a chart's alt text and of its table twin. The numbers
 * come from the fixture: costs of US$1,912.2m (operating, energy), US$1,698.26m (under way,
 * energy) and US$6,806m (planned, transport) make US$10,416.46m in all, US$3,610.46m of it in
 * energy; 1,320 instruments in 2 signing records; 2 JCC sessions (1 dated) and 3 JWG meetings.
 * Urdu writes amounts in arab (10^9) and Chinese in 亿 (10^8), each to three figures.
 */
const cost = (usdMillions: number) => ({ usdMillions, stage: "estimated" as const, asOf: null });
const dataset = makeDataset({
  metadata: makeMetadata({ dataAsOf: "2025-09-26" }),
  projects: [
    makeProject({ id: "sahiwal", cost: cost(1912.2) }),
    makeProject({
      id: "karot",
      subtype: "hydro",
      cost: cost(1698.26),
      status: "under-construction",
      dates: { start: "2016-04", plannedCompletion: "2022-06", completion: null },
    }),
    makeProject({
      id: "ml1",
      sector: "transport",
      subtype: "rail",
      capacity: null,
      status: "planned",
      cost: cost(6806),
      dates: { start: null, plannedCompletion: null, completion: null },
    }),
  ],
  documents: [makeDocument({ id: "package", count: 1318 }), makeDocument({ id: "mou", count: 2 })],
  meetings: [
    makeMeeting({ id: "jcc-01", session: 1, date: "2013-08" }),
    makeMeeting({ id: "jcc-02", session: 2, date: null, dateNote: "not reported" }),
    ...[1, 2, 3].map((session) =>
      makeMeeting({ id: `jwg-${session}`, body: "jwg", workingGroupId: "energy", session }),
    ),
  ],
});

interface Expected {
  search: string;
  lang: "ur" | "zh";
  cards: string;
  completedCost: [label: string, value: string];
  documents: [label: string, value: string, note: string];
  meetings: [label: string, value: string, note: string];
  sector: { title: string; altText: string; showTable: string; rows: string[][] };
}

const CASES: Expected[] = [
  {
    search: "?lang=ur",
    lang: "ur",
    cards: "اہم اعداد و شمار",
    completedCost: ["مکمل منصوبوں کی تخمینی لاگت", "1.91 ارب ڈالر"],
    documents: ["دستخط شدہ دستاویزات", "1,320", "دستاویزات، \u20682\u2069 دستخطی ریکارڈز میں"],
    meetings: [
      "جے سی سی اجلاس",
      "2 اجلاس، 1 کا عوامی ریکارڈ موجود",
      "اور ورکنگ گروپس کے \u20683\u2069 درج اجلاس",
    ],
    sector: {
      title: "شعبہ وار سرمایہ کاری",
      altText:
        "سب سے بڑا حصہ \u2068ٹرانسپورٹ انفراسٹرکچر\u2069 کا ہے، \u206810.4 ارب ڈالر\u2069 میں سے \u20686.81 ارب ڈالر\u2069۔",
      showTable: "جدول دکھائیں",
      rows: [
        ["شعبہ", "سرمایہ کاری", "لاگت والے منصوبے", "منصوبے"],
        ["ٹرانسپورٹ انفراسٹرکچر", "6.81 ارب ڈالر", "1", "1"],
        ["توانائی", "3.61 ارب ڈالر", "2", "2"],
      ],
    },
  },
  {
    search: "?lang=ur&digits=arab",
    lang: "ur",
    cards: "اہم اعداد و شمار",
    completedCost: ["مکمل منصوبوں کی تخمینی لاگت", "۱٫۹۱ ارب ڈالر"],
    documents: ["دستخط شدہ دستاویزات", "۱٬۳۲۰", "دستاویزات، \u2068۲\u2069 دستخطی ریکارڈز میں"],
    meetings: [
      "جے سی سی اجلاس",
      "۲ اجلاس، ۱ کا عوامی ریکارڈ موجود",
      "اور ورکنگ گروپس کے \u2068۳\u2069 درج اجلاس",
    ],
    sector: {
      title: "شعبہ وار سرمایہ کاری",
      altText:
        "سب سے بڑا حصہ \u2068ٹرانسپورٹ انفراسٹرکچر\u2069 کا ہے، \u2068۱۰٫۴ ارب ڈالر\u2069 میں سے \u2068۶٫۸۱ ارب ڈالر\u2069۔",
      showTable: "جدول دکھائیں",
      rows: [
        ["شعبہ", "سرمایہ کاری", "لاگت والے منصوبے", "منصوبے"],
        ["ٹرانسپورٹ انفراسٹرکچر", "۶٫۸۱ ارب ڈالر", "۱", "۱"],
        ["توانائی", "۳٫۶۱ ارب ڈالر", "۲", "۲"],
      ],
    },
  },
  {
    search: "?lang=zh",
    lang: "zh",
    cards: "主要数据",
    completedCost: ["已完成项目的估算成本", "19.1亿美元"],
    documents: ["已签署文件", "1,320", "份文件，见于 2 条签约记录"],
    meetings: ["联委会会议", "2次会议，其中1次有公开记录", "另记录工作组会议 3 次"],
    sector: {
      title: "各领域投资",
      altText: "交通基础设施占比最大，在 104亿美元 中占 68.1亿美元。",
      showTable: "以表格显示",
      rows: [
        ["领域", "投资", "有造价的项目", "项目"],
        ["交通基础设施", "68.1亿美元", "1", "1"],
        ["能源", "36.1亿美元", "2", "2"],
      ],
    },
  },
];

function renderOverview(search: string) {
  const data = selectOverview(dataset, NO_FILTERS);
  const official = latestOfficial(dataset.aggregates, "direct-investment-usd-bn");
  return renderWithData(
    <>
      <HeadlineCards data={data} meta={dataset.metadata} official={official} />
      <OverviewCharts filters={NO_FILTERS} />
    </>,
    { dataset, search },
  );
}

describe("the Overview in Urdu and Chinese", () => {
  afterAll(() => switchLanguage("en"));

  for (const x of CASES)
    it(`writes its cards, a chart's alt text and its table in ${x.search}`, async () => {
      await switchLanguage(x.lang);
      renderOverview(x.search);
      const card = (label: string) =>
        within(screen.getByRole("list", { name: x.cards }))
          .getAllByRole("listitem")
          .find((c) => c.textContent?.startsWith(label))!;

      const [costLabel, costValue] = x.completedCost;
      expect(within(card(costLabel)).getByText(costValue)).toBeInTheDocument();
      const [docLabel, docValue, docNote] = x.documents;
      expect(within(card(docLabel)).getByText(docValue)).toBeInTheDocument();
      expect(within(card(docLabel)).getByText(docNote)).toBeInTheDocument();
      const [meetLabel, meetValue, meetNote] = x.meetings;
      expect(within(card(meetLabel)).getByText(meetValue)).toBeInTheDocument();
      expect(within(card(meetLabel)).getByText(meetNote)).toBeInTheDocument();

      const sector = screen.getByRole("region", { name: x.sector.title });
      expect(within(sector).getByText(x.sector.altText)).toBeInTheDocument();
      await userEvent
        .setup()
        .click(within(sector).getByRole("button", { name: x.sector.showTable }));
      const rows = within(sector)
        .getAllByRole("row")
        .map((r) => [...r.children].map((c) => c.textContent));
      expect(rows).toEqual(x.sector.rows);
    });
});
