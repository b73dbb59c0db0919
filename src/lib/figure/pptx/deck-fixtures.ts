/**
 * Figures for tests and the sample decks: synthetic numbers under clearly synthetic labels
 * ("Sample A"), never shipped as data. Each factory takes overrides like makeProject.
 */
import type {
  BarsFigure,
  ColumnsFigure,
  FigureBase,
  GanttFigure,
  PointsFigure,
  SourceRef,
  StepFigure,
  TimelineFigure,
} from "../figure";
import type { MapFigure } from "../figure-map";

export const SAMPLE_SOURCES: readonly SourceRef[] = [
  {
    publisher: "Sample Publisher",
    title: "Sample annual report",
    date: "2024-03",
    url: "https://example.org/sample-annual-report",
    records: 3,
  },
  {
    publisher: "Another Sample Body",
    title: "Sample press release",
    date: null,
    url: "https://example.org/sample-press-release",
    records: 1,
  },
];

export function makeFigureBase(overrides: Partial<FigureBase> = {}): FigureBase {
  return {
    id: "sample.figure",
    title: "Sample figure (synthetic data)",
    subtitle: "Synthetic numbers for checking the slide builder",
    table: { fields: [], rows: [] },
    legend: [],
    notes: [],
    sources: { count: SAMPLE_SOURCES.length, primary: null, list: SAMPLE_SOURCES },
    sourceLine: "Sample dataset 0.0.0-sample, from 2 sources",
    asOf: "2025-06-30",
    datasetVersion: "0.0.0-sample",
    filters: [],
    link: "https://example.org/cpec/?view=overview",
    lang: "en",
    format: { lang: "en", digits: "latn", amounts: "international" },
    summary: "A synthetic figure.",
    ...overrides,
  };
}

export function makeBarsFigure(overrides: Partial<BarsFigure> = {}): BarsFigure {
  const bars = overrides.bars ?? [
    { key: "a", label: "Sample A", value: 25400.5, color: "chart-1" },
    { key: "b", label: "Sample B", value: 1912.2, color: "chart-2" },
    { key: "c", label: "Sample C", value: null, color: "chart-3" },
    { key: "d", label: "Sample D", value: 240, color: "chart-4" },
  ];
  return {
    ...makeFigureBase({
      id: "sample.bars",
      title: "Sample investment by category (synthetic data)",
      table: {
        fields: [
          { key: "label", label: "Category", unit: "text" },
          { key: "value", label: "Investment", unit: "usd-millions" },
        ],
        rows: bars.map((b) => ({ label: b.label, value: b.value })),
      },
    }),
    kind: "bars",
    valueUnit: "usd-millions",
    valueLabel: "Investment (US$)",
    bars,
    ...overrides,
  };
}

export function makeColumnsFigure(overrides: Partial<ColumnsFigure> = {}): ColumnsFigure {
  return {
    ...makeFigureBase({
      id: "sample.columns",
      title: "Sample documents signed per year (synthetic data)",
    }),
    kind: "columns",
    valueUnit: "count",
    valueLabel: "Documents",
    series: [
      { key: "mou", label: "Sample MoU", color: "chart-1" },
      { key: "agreement", label: "Sample agreement", color: "chart-2" },
    ],
    columns: [
      { year: 2019, values: { mou: 4, agreement: 1 } },
      { year: 2020, values: { mou: 0, agreement: 3 } },
      { year: 2021, values: { mou: 7, agreement: 2 } },
      { year: 2022, values: { mou: 12 } },
    ],
    ...overrides,
  };
}

export function makeStepFigure(overrides: Partial<StepFigure> = {}): StepFigure {
  return {
    ...makeFigureBase({ id: "sample.step", title: "Sample capacity operating (synthetic data)" }),
    kind: "step",
    valueUnit: "mw",
    valueLabel: "Capacity operating",
    color: "chart-3",
    points: [
      { year: 2016, value: 0 },
      { year: 2017, value: 1320 },
      { year: 2018, value: 3960 },
      { year: 2019, value: 5280.5 },
      { year: 2020, value: 5280.5 },
      { year: 2021, value: 8020 },
    ],
    years: { from: 2016, to: 2022 },
    ...overrides,
  };
}

export function makePointsFigure(overrides: Partial<PointsFigure> = {}): PointsFigure {
  return {
    ...makeFigureBase({
      id: "sample.points",
      title: "Sample headline statements (synthetic data)",
      table: {
        fields: [
          { key: "date", label: "Date", unit: "date" },
          { key: "value", label: "Amount", unit: "usd-millions" },
        ],
        rows: [],
      },
    }),
    kind: "points",
    valueUnit: "usd-millions",
    valueLabel: "Stated amount",
    groups: [
      { key: "built", label: "Sample scope: built", color: "chart-1" },
      { key: "all", label: "Sample scope: all", color: "chart-2" },
    ],
    points: [
      { id: "p1", date: "2015-04-20", value: 46000, group: "all", label: "Sample statement 1" },
      { id: "p2", date: "2017", value: 62000, group: "all", label: "Sample statement 2" },
      { id: "p3", date: "2019-06", value: 18900, group: "built", label: "Sample statement 3" },
      { id: "p4", date: "2022-11-02", value: 25400, group: "built", label: "Sample statement 4" },
    ],
    ...overrides,
  };
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function makeGanttFigure(overrides: Partial<GanttFigure> = {}): GanttFigure {
  return {
    ...makeFigureBase({
      id: "sample.gantt",
      title: "Sample construction periods (synthetic data)",
    }),
    kind: "gantt",
    grouping: "sector",
    page: null,
    domain: { start: day("2014-01-01"), end: day("2026-01-01") },
    asOfTime: day("2025-06-30"),
    today: day("2025-07-01"),
    groups: [
      {
        key: "g",
        label: "Sample group",
        rows: [
          {
            id: "r1",
            label: "Sample project 1",
            status: "operational",
            color: "status-operational",
            bar: {
              start: day("2015-01-01"),
              end: day("2018-06-01"),
              ending: "completion",
              startUncertain: null,
              endUncertain: null,
            },
            plannedCompletion: { start: day("2017-12-01"), end: day("2018-01-01") },
            completion: { start: day("2018-06-01"), end: day("2018-06-02") },
          },
        ],
      },
    ],
    undated: 0,
    ...overrides,
  };
}

export function makeTimelineFigure(overrides: Partial<TimelineFigure> = {}): TimelineFigure {
  return {
    ...makeFigureBase({ id: "sample.timeline", title: "Sample timeline (synthetic data)" }),
    kind: "timeline",
    domain: { start: day("2013-01-01"), end: day("2026-01-01") },
    today: day("2025-07-01"),
    lanes: [
      {
        key: "meetings",
        label: "Sample meetings",
        color: "chart-1",
        count: 1,
        marks: [
          {
            date: "2013-08-27",
            start: day("2013-08-27"),
            end: day("2013-08-28"),
            precision: "day",
            count: 1,
            label: "Sample meeting 1",
          },
        ],
      },
    ],
    ...overrides,
  };
}

export function makeMapFigure(overrides: Partial<MapFigure> = {}): MapFigure {
  return {
    ...makeFigureBase({ id: "sample.map", title: "Sample map (synthetic data)" }),
    kind: "map",
    marks: [
      {
        id: "m1",
        label: "Sample site",
        status: "operational",
        color: "status-operational",
        precision: "exact",
        coordinates: [[67.0, 24.9]],
        size: 1320,
      },
    ],
    sizeUnit: "mw",
    sizeLabel: "Capacity",
    sizeMax: 1320,
    sizeKey: [1000],
    sizeNotes: [],
    provinces: [],
    shadeLabel: "Investment",
    shadeUnit: "usd-millions",
    shadeClasses: [],
    shadeNone: "none",
    placeNames: {},
    view: null,
    geography: {
      units: [],
      neighbours: [],
      provinceLines: { type: "MultiLineString", coordinates: [] },
      outline: { type: "MultiLineString", coordinates: [] },
      neighbourLines: { type: "MultiLineString", coordinates: [] },
      lineOfControl: { type: "MultiLineString", coordinates: [] },
      siachenLine: { type: "MultiLineString", coordinates: [] },
    },
    ...overrides,
  };
}
