/**
 * Small figures of each kind the composer draws, for tests and the sample script; override only
 * what a test is about. Never shipped as data: the numbers are invented for the tests.
 */
import type { BarsFigure, ColumnsFigure, FigureBase, PointsFigure, StepFigure } from "../figure";
import { approximateTextWidth, exportFont } from "../../export/text-layout";
import type { ComposeWords } from "./caption";
import type { DrawContext } from "./draw-context";
import { paletteFor } from "./palette";

type Lang = "en" | "ur" | "zh";

const BASE: Record<Lang, Omit<FigureBase, "id" | "table" | "legend">> = {
  en: {
    title: "Investment by sector",
    subtitle: "Estimated cost of projects, all statuses",
    notes: ["Umbrella programmes are counted once, in their own sector."],
    sources: { count: 3, primary: null, list: [] },
    sourceLine: "CPEC Progress Dashboard dataset 1.1.0, from 3 sources",
    asOf: "2025-09-30",
    datasetVersion: "1.1.0",
    filters: ["Province = Sindh, Balochistan"],
    link: "https://cpec.example.org/?view=overview&province=sindh,balochistan",
    lang: "en",
    format: { lang: "en", digits: "latn", amounts: "international" },
    summary: "Bars of the estimated cost of projects in each sector.",
  },
  ur: {
    title: "شعبہ وار سرمایہ کاری",
    subtitle: "منصوبوں کی تخمینی لاگت، تمام حیثیتیں",
    notes: ["جامع پروگرام اپنے شعبے میں ایک بار گنے گئے ہیں۔"],
    sources: { count: 3, primary: null, list: [] },
    sourceLine: "سی پیک پیش رفت ڈیش بورڈ ڈیٹاسیٹ 1.1.0، 3 ماخذوں سے",
    asOf: "2025-09-30",
    datasetVersion: "1.1.0",
    filters: ["صوبہ = سندھ، بلوچستان"],
    link: "https://cpec.example.org/?view=overview&lang=ur&province=sindh,balochistan",
    lang: "ur",
    format: { lang: "ur", digits: "latn", amounts: "south-asian" },
    summary: "ہر شعبے میں منصوبوں کی تخمینی لاگت کی پٹیاں۔",
  },
  zh: {
    title: "各领域投资",
    subtitle: "项目估算成本，所有状态",
    notes: ["综合性项目只在其所属领域计算一次。"],
    sources: { count: 3, primary: null, list: [] },
    sourceLine: "中巴经济走廊进展仪表板数据集 1.1.0，来自 3 个来源",
    asOf: "2025-09-30",
    datasetVersion: "1.1.0",
    filters: ["省份 = 信德省、俾路支省"],
    link: "https://cpec.example.org/?view=overview&lang=zh&province=sindh,balochistan",
    lang: "zh",
    format: { lang: "zh", digits: "latn", amounts: "international" },
    summary: "各领域项目估算成本的条形图。",
  },
};

export const TEST_WORDS: Record<Lang, ComposeWords> = {
  en: {
    today: "Today",
    asOf: "As of",
    notReported: "not reported",
    continued: "continued",
    source: "Source",
    dataAsOf: "Data as of",
    datasetVersion: "Dataset version",
    filters: "Filters",
    none: "none",
    view: "View",
  },
  ur: {
    today: "آج",
    asOf: "بمطابق",
    notReported: "رپورٹ نہیں ہوا",
    continued: "جاری",
    source: "ماخذ",
    dataAsOf: "ڈیٹا بمطابق",
    datasetVersion: "ڈیٹاسیٹ ورژن",
    filters: "فلٹر",
    none: "کوئی نہیں",
    view: "منظر",
  },
  zh: {
    today: "今天",
    asOf: "截至",
    notReported: "未报告",
    continued: "续",
    source: "来源",
    dataAsOf: "数据截至",
    datasetVersion: "数据集版本",
    filters: "筛选",
    none: "无",
    view: "视图",
  },
};

const SECTORS: Record<Lang, string[]> = {
  en: [
    "Energy",
    "Transport infrastructure",
    "Gwadar",
    "Industrial cooperation and special economic zones",
    "Social and economic development",
    "Agriculture",
  ],
  ur: [
    "توانائی",
    "نقل و حمل کا بنیادی ڈھانچہ",
    "گوادر",
    "صنعتی تعاون اور خصوصی اقتصادی زون",
    "سماجی و اقتصادی ترقی",
    "زراعت",
  ],
  zh: ["能源", "交通基础设施", "瓜达尔", "产业合作与经济特区", "社会经济发展", "农业"],
};

function base(lang: Lang, id: string): FigureBase {
  return { ...BASE[lang], id, table: { fields: [], rows: [] }, legend: [] };
}

/** Six sectors; Agriculture's cost is not reported. */
export function makeBarsFigure(lang: Lang = "en", overrides: Partial<BarsFigure> = {}): BarsFigure {
  const values = [17_840.5, 11_020, 1_912.2, 640, 230.75, null];
  const bars = SECTORS[lang].map((label, i) => ({
    key: `sector-${i + 1}`,
    label,
    value: values[i] ?? null,
    color: `chart-${i + 1}` as const,
  }));
  return {
    ...base(lang, "overview.by-sector"),
    kind: "bars",
    valueUnit: "usd-millions",
    valueLabel: { en: "Estimated cost (US$)", ur: "تخمینی لاگت (ڈالر)", zh: "估算成本（美元）" }[
      lang
    ],
    bars,
    ...overrides,
  };
}

/** Documents signed per year, 2013–2025, by type. */
export function makeColumnsFigure(
  lang: Lang = "en",
  overrides: Partial<ColumnsFigure> = {},
): ColumnsFigure {
  const series = [
    {
      key: "mou",
      label: { en: "MoU", ur: "مفاہمتی یادداشت", zh: "谅解备忘录" }[lang],
      color: "chart-1" as const,
    },
    {
      key: "agreement",
      label: { en: "Agreement", ur: "معاہدہ", zh: "协议" }[lang],
      color: "chart-2" as const,
    },
  ];
  const columns = Array.from({ length: 13 }, (_, i) => ({
    year: 2013 + i,
    values: { mou: (i * 7) % 11, agreement: (i * 5) % 6 },
  }));
  return {
    ...base(lang, "documents.by-year"),
    title: {
      en: "Documents signed per year",
      ur: "ہر سال دستخط شدہ دستاویزات",
      zh: "每年签署的文件",
    }[lang],
    legend: series.map((s) => ({ label: s.label, color: s.color, shape: "square" as const })),
    kind: "columns",
    valueUnit: "count",
    valueLabel: { en: "Documents", ur: "دستاویزات", zh: "文件" }[lang],
    series,
    columns,
    ...overrides,
  };
}

/** Capacity added, cumulative, 2015–2024, on an axis through the end of 2024. */
export function makeStepFigure(lang: Lang = "en", overrides: Partial<StepFigure> = {}): StepFigure {
  const adds = [0, 1320, 2640, 1980, 1100, 720, 884, 1320, 0, 660];
  let total = 0;
  const points = adds.map((a, i) => ({ year: 2015 + i, value: (total += a) }));
  return {
    ...base(lang, "overview.capacity"),
    title: {
      en: "Generation capacity in operation",
      ur: "زیرِ استعمال پیداواری صلاحیت",
      zh: "投运发电装机容量",
    }[lang],
    kind: "step",
    valueUnit: "mw",
    valueLabel: { en: "Capacity (MW)", ur: "صلاحیت (میگاواٹ)", zh: "装机容量（兆瓦）" }[lang],
    color: "chart-3",
    points,
    // Through the end of 2024, as if the data were as of 31 Dec 2024.
    years: { from: 2015, to: 2025 },
    ...overrides,
  };
}

/** Total investment as stated by two scopes, at partial dates. */
export function makePointsFigure(
  lang: Lang = "en",
  overrides: Partial<PointsFigure> = {},
): PointsFigure {
  const groups = [
    {
      key: "official",
      label: { en: "Official statements", ur: "سرکاری بیانات", zh: "官方表述" }[lang],
      color: "chart-1" as const,
    },
    {
      key: "press",
      label: { en: "Press reports", ur: "اخباری رپورٹیں", zh: "媒体报道" }[lang],
      color: "chart-2" as const,
    },
  ];
  const points = [
    { id: "p1", date: "2015-04", value: 46_000, group: "official", label: "" },
    { id: "p2", date: "2017", value: 57_000, group: "official", label: "" },
    { id: "p3", date: "2020-11-02", value: 62_000, group: "official", label: "" },
    { id: "p4", date: "2016-06", value: 51_000, group: "press", label: "" },
    { id: "p5", date: "2022-01-15", value: 65_000, group: "press", label: "" },
  ];
  return {
    ...base(lang, "overview.stated-investment"),
    title: { en: "Total investment as stated", ur: "بیان کردہ کل سرمایہ کاری", zh: "所述总投资" }[
      lang
    ],
    legend: groups.map((g) => ({ label: g.label, color: g.color, shape: "circle" as const })),
    kind: "points",
    valueUnit: "usd-millions",
    valueLabel: { en: "US$", ur: "ڈالر", zh: "美元" }[lang],
    groups,
    points,
    ...overrides,
  };
}

/** A drawing context as the composer makes it, measuring with the estimate (no canvas in tests). */
export function makeDrawContext(
  lang: Lang = "en",
  overrides: Partial<DrawContext> = {},
): DrawContext {
  const palette = paletteFor("light");
  return {
    color: palette.color,
    ink: palette.ink,
    format: { lang, digits: "latn", amounts: lang === "ur" ? "south-asian" : "international" },
    rtl: lang === "ur",
    font: exportFont(lang),
    measure: approximateTextWidth,
    fontSize: 22,
    target: "slide-16x9",
    words: TEST_WORDS[lang],
    ...overrides,
  };
}

/** The <text> elements of drawn markup: position, size, anchor and content. */
export function textsOf(svg: string) {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const attr = (name: string) => new RegExp(` ?${name}="([^"]*)"`).exec(m[1]!)?.[1];
    return {
      x: Number(attr("x")),
      y: Number(attr("y")),
      size: Number(attr("font-size")),
      anchor: attr("text-anchor") ?? "start",
      text: m[2]!,
    };
  });
}
