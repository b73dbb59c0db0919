/**
 * npx tsx scripts/pptx-samples.ts — writes sample PowerPoint files to reports/pptx/: one file per
 * figure kind (a single-figure slide) and one deck per language (title, every kind, closing), all
 * from synthetic figures with clearly synthetic labels. reports/pptx/manifest.json lists each file
 * with its slide count, which CI checks after converting each file with LibreOffice.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Figure } from "../src/lib/figure/figure";
import {
  makeBarsFigure,
  makeColumnsFigure,
  makeGanttFigure,
  makeMapFigure,
  makePointsFigure,
  makeStepFigure,
  makeTimelineFigure,
  SAMPLE_SOURCES,
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

/** Sample labels in each language: synthetic, and saying so. */
const LABELS: Record<string, Record<string, string>> = {
  en: {},
  ur: {
    "Sample overview (synthetic data)": "نمونہ جائزہ (فرضی ڈیٹا)",
    "Sample investment by category (synthetic data)": "نمونہ: زمرہ وار سرمایہ کاری (فرضی ڈیٹا)",
    "Sample documents signed per year (synthetic data)":
      "نمونہ: سالانہ دستخط شدہ دستاویزات (فرضی ڈیٹا)",
    "Sample capacity operating (synthetic data)": "نمونہ: چالو صلاحیت (فرضی ڈیٹا)",
    "Sample headline statements (synthetic data)": "نمونہ: اعلان کردہ رقوم (فرضی ڈیٹا)",
    "Sample construction periods (synthetic data)": "نمونہ: تعمیراتی مدت (فرضی ڈیٹا)",
    "Sample timeline (synthetic data)": "نمونہ: ٹائم لائن (فرضی ڈیٹا)",
    "Sample map (synthetic data)": "نمونہ: نقشہ (فرضی ڈیٹا)",
    "Synthetic numbers for checking the slide builder":
      "سلائیڈ بنانے والے کی جانچ کے لیے فرضی اعداد",
    "Sample A": "نمونہ الف",
    "Sample B": "نمونہ ب",
    "Sample C": "نمونہ ج",
    "Sample D": "نمونہ د",
    "Sample MoU": "نمونہ مفاہمتی یادداشت",
    "Sample agreement": "نمونہ معاہدہ",
    "Sample scope: built": "نمونہ دائرہ: تعمیر شدہ",
    "Sample scope: all": "نمونہ دائرہ: تمام",
    "Sample project 1": "نمونہ منصوبہ 1",
    "Sample meetings": "نمونہ اجلاس",
    "Sample site": "نمونہ مقام",
    "Investment (US$)": "سرمایہ کاری",
    Documents: "دستاویزات",
    "Capacity operating": "چالو صلاحیت",
    "Stated amount": "اعلان کردہ رقم",
    Date: "تاریخ",
    // With the isolates the app's catalogue puts around numbers and versions.
    "Sample dataset 0.0.0-sample, from 2 sources":
      "نمونہ ڈیٹا سیٹ \u20680.0.0-sample\u2069، \u20682\u2069 مآخذ سے",
  },
  zh: {
    "Sample overview (synthetic data)": "样例概览（虚构数据）",
    "Sample investment by category (synthetic data)": "样例：按类别划分的投资（虚构数据）",
    "Sample documents signed per year (synthetic data)": "样例：每年签署的文件（虚构数据）",
    "Sample capacity operating (synthetic data)": "样例：运营装机容量（虚构数据）",
    "Sample headline statements (synthetic data)": "样例：公布的金额（虚构数据）",
    "Sample construction periods (synthetic data)": "样例：建设周期（虚构数据）",
    "Sample timeline (synthetic data)": "样例：时间线（虚构数据）",
    "Sample map (synthetic data)": "样例：地图（虚构数据）",
    "Synthetic numbers for checking the slide builder": "用于检查幻灯片生成器的虚构数字",
    "Sample A": "样例甲",
    "Sample B": "样例乙",
    "Sample C": "样例丙",
    "Sample D": "样例丁",
    "Sample MoU": "样例谅解备忘录",
    "Sample agreement": "样例协议",
    "Sample scope: built": "样例范围：已建成",
    "Sample scope: all": "样例范围：全部",
    "Sample project 1": "样例项目 1",
    "Sample meetings": "样例会议",
    "Sample site": "样例地点",
    "Investment (US$)": "投资",
    Documents: "文件",
    "Capacity operating": "运营装机容量",
    "Stated amount": "公布金额",
    Date: "日期",
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

function figures(lang: string): Figure[] {
  const all: Figure[] = [
    makeBarsFigure({ sources: { count: 2, primary: SAMPLE_SOURCES[0]!, list: SAMPLE_SOURCES } }),
    makeColumnsFigure(),
    makeStepFigure(),
    makePointsFigure(),
    makeGanttFigure(),
    makeTimelineFigure(),
    makeMapFigure(),
  ];
  return all.map((f) => ({ ...localise(f, LABELS[lang]!), lang }));
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const colors = paletteColors(loadPalette());
  const pictures = await samplePictures(colors.color, PICTURE_SIZE);
  const manifest: { file: string; slides: number }[] = [];
  try {
    for (const lang of ["en", "ur", "zh"]) {
      const { words, t } = await loadWords(lang);
      const font = deckTypography(lang).body;
      const base = {
        altText: (f: Figure) => `${f.title}. ${f.summary}`,
        picture: (f: Figure) => pictures.picture(f, font),
        ...colors,
        format: formatFor(lang),
        words,
        output: "uint8array" as const,
      };
      const list = figures(lang);
      const write = async (name: string, deck: Blob | Uint8Array, slides: number) => {
        writeFileSync(join(OUT, name), deck as Uint8Array);
        manifest.push({ file: name, slides });
        console.log(`${OUT}/${name}: ${slides} slides`);
      };
      if (lang === "en") {
        for (const f of list)
          await write(`${f.kind}-en.pptx`, await buildDeck({ ...base, figures: [f] }), 1);
      }
      const deck = await buildDeck({
        ...base,
        figures: list,
        title: {
          dashboard: t("app.name"),
          view: localise("Sample overview (synthetic data)", LABELS[lang]!),
          filters: [],
          asOf: "2025-06-30",
          datasetVersion: "0.0.0-sample",
          link: `https://example.org/cpec/?lang=${lang}`,
        },
        closing: {
          sources: SAMPLE_SOURCES,
          licence: {
            text: "CC BY 4.0 (sample)",
            url: "https://creativecommons.org/licenses/by/4.0/",
          },
        },
      });
      await write(`deck-${lang}.pptx`, deck, list.length + 2);
    }
  } finally {
    await pictures.close();
  }
  writeFileSync(join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

await main();
