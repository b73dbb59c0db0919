/**
 * npx tsx scripts/pptx-samples.ts — writes sample PowerPoint files to reports/pptx/: one file per
 * figure kind and one deck per language (title, a figure of every kind built from the bundled
 * dataset by the app's builders, the Gantt split over slides as in the app, closing). The Urdu
 * deck writes Extended Arabic-Indic digits, in its text and in its charts' number formats.
 * reports/pptx/manifest.json lists each file with its slide count, which CI checks after
 * converting each file with LibreOffice.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Topology } from "topojson-specification";
import { NO_FILTERS } from "../src/data/filters";
import type { FormatSettings } from "../src/lib/format";
import { parseDatasetText } from "../src/data/load-dataset";
import type { Dataset } from "../src/data/schema";
import { DATASET_FILE } from "../src/data/vocabulary";
import { timelineKinds } from "../src/data/selectors/timeline";
import { altText } from "../src/lib/figure/alt-text";
import {
  buildProvinceFigure,
  buildSectorFigure,
  buildStatusFigure,
} from "../src/lib/figure/build/overview-bars";
import { buildGanttFigure } from "../src/lib/figure/build/gantt";
import { buildMapFigure } from "../src/lib/figure/build/map";
import { buildCompletedFigure, buildReportedFigure } from "../src/lib/figure/build/overview-time";
import {
  buildDocumentsPerYearFigure,
  buildMeetingsPerYearFigure,
} from "../src/lib/figure/build/per-year";
import { buildTimelineFigure } from "../src/lib/figure/build/timeline";
import type { FigureContext } from "../src/lib/figure/context";
import type { Figure, SourceRef } from "../src/lib/figure/figure";
import { toGeography, type Geography } from "../src/lib/figure/geo";
import {
  formatFor,
  loadPalette,
  loadWords,
  paletteColors,
} from "../src/lib/figure/pptx/node-support";
import { buildDeck } from "../src/lib/figure/pptx/slides";
import { paginateForSlides } from "../src/lib/figure/pptx-export";
import { composeWordsFrom } from "../src/lib/figure/svg/compose-words";
import { samplePictures } from "./pptx-sample-pictures";

const OUT = "reports/pptx";

/** Every figure kind, each built from the bundled dataset by the app's own builder. */
function figures(dataset: Dataset, ctx: FigureContext, boundaries: Geography): Figure[] {
  return [
    buildSectorFigure(dataset, ctx),
    buildStatusFigure(dataset, ctx),
    buildProvinceFigure(dataset, ctx),
    buildCompletedFigure(dataset, ctx, "usd"),
    buildCompletedFigure(dataset, ctx, "mw"),
    buildReportedFigure(dataset, ctx, "direct-investment-usd-bn"),
    buildMeetingsPerYearFigure(dataset, ctx),
    buildDocumentsPerYearFigure(dataset, ctx),
    buildGanttFigure(dataset, ctx, { grouping: "sector" }),
    buildTimelineFigure(dataset, ctx, { kinds: timelineKinds(dataset), range: null }),
    buildMapFigure(dataset, ctx, {
      size: "cost",
      shade: "investment",
      view: null,
      boundaries,
      layer: "projects",
    }),
  ];
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const dataset = parseDatasetText(readFileSync(`public/data/${DATASET_FILE}`, "utf8"));
  const { version, dataAsOf, licence } = dataset.metadata;
  const colors = paletteColors(loadPalette());
  const topology = JSON.parse(readFileSync("public/data/pakistan.topo.json", "utf8")) as Topology;
  const boundaries = toGeography(topology);
  const pictures = await samplePictures();
  const manifest: { file: string; slides: number }[] = [];
  const write = (name: string, deck: Blob | Uint8Array, slides: number) => {
    writeFileSync(join(OUT, name), deck as Uint8Array);
    manifest.push({ file: name, slides });
    console.log(`${OUT}/${name}: ${slides} slides`);
  };
  try {
    for (const lang of ["en", "ur", "zh"] as const) {
      const { words, t } = await loadWords(lang);
      const format: FormatSettings = {
        ...formatFor(lang),
        digits: lang === "ur" ? "arab" : "latn",
      };
      const link = `https://cpec-dashboard.example/?view=overview&lang=${lang}${lang === "ur" ? "&digits=arab" : ""}`;
      const ctx: FigureContext = {
        t,
        format,
        filters: NO_FILTERS,
        link,
        today: Date.UTC(2026, 0, 1),
      };
      const drawn = composeWordsFrom(t);
      const base = {
        altText: (f: Figure) => altText(f, t, format),
        picture: (f: Figure, size: { width: number; height: number }) =>
          pictures.picture(f, drawn, size),
        ...colors,
        format,
        words,
        output: "uint8array" as const,
      };
      const built = figures(dataset, ctx, boundaries);
      // A figure too long for one slide (the Gantt's rows) takes as many as it needs, as in the app.
      const pagesOf = new Map(built.map((f) => [f, paginateForSlides(f, drawn)]));
      const paged = (f: Figure) => pagesOf.get(f)!;
      const list = built.flatMap(paged);
      if (lang === "en") {
        // One file per kind: the first figure of each kind, on as many slides as it takes.
        for (const kind of new Set(built.map((f) => f.kind))) {
          const pages = paged(built.find((f) => f.kind === kind)!);
          write(`${kind}-en.pptx`, await buildDeck({ ...base, figures: pages }), pages.length);
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
          sources: collectDeckSources(built),
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
