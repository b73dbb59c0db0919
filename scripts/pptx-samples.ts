/**
 * npx tsx scripts/pptx-samples.ts — writes sample PowerPoint files to reports/pptx/: one file per
 * figure kind (a single-figure slide) and one deck per language (title, the Overview's figures
 * built from the bundled dataset, a synthetic gantt, timeline and map with clearly synthetic
 * labels since no builder draws them yet, closing). reports/pptx/manifest.json lists each file
 * with its slide count, which CI checks after converting each file with LibreOffice.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NO_FILTERS } from "../src/data/filters";
import { parseDatasetText } from "../src/data/load-dataset";
import type { Dataset } from "../src/data/schema";
import { DATASET_FILE } from "../src/data/vocabulary";
import { altText } from "../src/lib/figure/alt-text";
import {
  buildProvinceFigure,
  buildSectorFigure,
  buildStatusFigure,
} from "../src/lib/figure/build/overview-bars";
import { buildCompletedFigure, buildReportedFigure } from "../src/lib/figure/build/overview-time";
import {
  buildDocumentsPerYearFigure,
  buildMeetingsPerYearFigure,
} from "../src/lib/figure/build/per-year";
import type { FigureContext } from "../src/lib/figure/context";
import type { Figure, SourceRef } from "../src/lib/figure/figure";
import {
  makeGanttFigure,
  makeMapFigure,
  makeTimelineFigure,
} from "../src/lib/figure/pptx/deck-fixtures";
import {
  formatFor,
  loadPalette,
  loadWords,
  paletteColors,
} from "../src/lib/figure/pptx/node-support";
import { buildDeck, PICTURE_SIZE } from "../src/lib/figure/pptx/slides";
import { deckTypography } from "../src/lib/figure/pptx/typography";
import { samplePictures } from "./pptx-sample-pictures";

const OUT = "reports/pptx";

/**
 * Labels of the synthetic gantt, timeline and map figures (no builder draws those yet), saying in
 * each language that they are synthetic.
 */
const LABELS: Record<string, Record<string, string>> = {
  en: {},
  ur: {
    "Sample construction periods (synthetic data)": "نمونہ: تعمیراتی مدت (فرضی ڈیٹا)",
    "Sample timeline (synthetic data)": "نمونہ: ٹائم لائن (فرضی ڈیٹا)",
    "Sample map (synthetic data)": "نمونہ: نقشہ (فرضی ڈیٹا)",
    "Synthetic numbers for checking the slide builder":
      "سلائیڈ بنانے والے کی جانچ کے لیے فرضی اعداد",
    "Sample project 1": "نمونہ منصوبہ 1",
    "Sample meetings": "نمونہ اجلاس",
    "Sample site": "نمونہ مقام",
    "A synthetic figure.": "ایک فرضی شکل۔",
    "Sample dataset 0.0.0-sample, from 2 sources":
      "نمونہ ڈیٹا سیٹ \u20680.0.0-sample\u2069، \u20682\u2069 مآخذ سے",
  },
  zh: {
    "Sample construction periods (synthetic data)": "样例：建设周期（虚构数据）",
    "Sample timeline (synthetic data)": "样例：时间线（虚构数据）",
    "Sample map (synthetic data)": "样例：地图（虚构数据）",
    "Synthetic numbers for checking the slide builder": "用于检查幻灯片生成器的虚构数字",
    "Sample project 1": "样例项目 1",
    "Sample meetings": "样例会议",
    "Sample site": "样例地点",
    "A synthetic figure.": "一个虚构的图。",
    "Sample dataset 0.0.0-sample, from 2 sources": "样例数据集 0.0.0-sample，来自 2 个来源",
  },
};

/** Every string of a figure passed through the language's sample labels. */
function localise<T>(value: T, labels: Record<string, string>): T {
  if (typeof value === "string") return (labels[value] ?? value) as T;
  if (Array.isArray(value)) return value.map((v) => localise(v, labels)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === "url" || k === "link" ? v : localise(v, labels),
      ]),
    ) as T;
  }
  return value;
}

/** The Overview's figures from the bundled dataset, then the synthetic picture kinds. */
function figures(dataset: Dataset, ctx: FigureContext): Figure[] {
  const lang = ctx.format.lang;
  const synthetic = [makeGanttFigure(), makeTimelineFigure(), makeMapFigure()].map((f) => ({
    ...localise(f, LABELS[lang]!),
    lang,
  }));
  return [
    buildSectorFigure(dataset, ctx),
    buildStatusFigure(dataset, ctx),
    buildProvinceFigure(dataset, ctx),
    buildCompletedFigure(dataset, ctx, "usd"),
    buildCompletedFigure(dataset, ctx, "mw"),
    buildReportedFigure(dataset, ctx, "direct-investment-usd-bn"),
    buildMeetingsPerYearFigure(dataset, ctx),
    buildDocumentsPerYearFigure(dataset, ctx),
    ...synthetic,
  ];
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const dataset = parseDatasetText(readFileSync(`public/data/${DATASET_FILE}`, "utf8"));
  const { version, dataAsOf, licence } = dataset.metadata;
  const colors = paletteColors(loadPalette());
  const pictures = await samplePictures(colors.color, PICTURE_SIZE);
  const manifest: { file: string; slides: number }[] = [];
  const write = (name: string, deck: Blob | Uint8Array, slides: number) => {
    writeFileSync(join(OUT, name), deck as Uint8Array);
    manifest.push({ file: name, slides });
    console.log(`${OUT}/${name}: ${slides} slides`);
  };
  try {
    for (const lang of ["en", "ur", "zh"] as const) {
      const { words, t } = await loadWords(lang);
      const format = formatFor(lang);
      const link = `https://cpec-dashboard.example/?view=overview&lang=${lang}`;
      const ctx: FigureContext = {
        t,
        format,
        filters: NO_FILTERS,
        link,
        today: Date.UTC(2026, 0, 1),
      };
      const font = deckTypography(lang).body;
      const base = {
        altText: (f: Figure) => altText(f, t, format),
        picture: (f: Figure) => pictures.picture(f, font),
        ...colors,
        format,
        words,
        output: "uint8array" as const,
      };
      const list = figures(dataset, ctx);
      if (lang === "en") {
        // One single-figure file per kind: the first figure of each kind.
        for (const kind of new Set(list.map((f) => f.kind))) {
          const figure = list.find((f) => f.kind === kind)!;
          write(`${kind}-en.pptx`, await buildDeck({ ...base, figures: [figure] }), 1);
        }
      }
      const deck = await buildDeck({
        ...base,
        figures: list,
        title: {
          dashboard: t("app.name"),
          view: t("nav.overview"),
          filters: [],
          asOf: dataAsOf,
          datasetVersion: version,
          link,
        },
        closing: {
          sources: collectDeckSources(list),
          licence: {
            text: `${t("sources.licence.data")}: ${licence.data} · ${t("sources.licence.boundaries")}: ${licence.boundaries.name}`,
            url: licence.boundaries.url,
          },
        },
      });
      write(`deck-${lang}.pptx`, deck, list.length + 2);
    }
  } finally {
    await pictures.close();
  }
  writeFileSync(join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The distinct sources of a deck's figures (by URL), most cited first. */
function collectDeckSources(list: readonly Figure[]): SourceRef[] {
  const byUrl = new Map<string, SourceRef>();
  for (const f of list) {
    for (const s of f.sources.list) {
      const hit = byUrl.get(s.url);
      byUrl.set(s.url, hit ? { ...hit, records: hit.records + s.records } : { ...s });
    }
  }
  return [...byUrl.values()].sort((a, b) => b.records - a.records || a.url.localeCompare(b.url));
}

await main();
