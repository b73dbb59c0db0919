import type PptxGenJS from "pptxgenjs";
import type { Figure, LegendEntry } from "../figure";
import { slideText } from "./bidi";
import type { SheetValues } from "./package-fixups";
import { chartSpec, isNative, type ChartFixups } from "./chart-spec";
import {
  addTextBox,
  CHART_AREA,
  fitInto,
  hex,
  LEGEND_H,
  notesBox,
  pictureBox,
  pictureSize,
  SLIDE,
  toBase64,
  type Ink,
} from "./layout";
import { figureNotes, sourceLines } from "./slide-text";
import type { DeckInput } from "./types";
import type { DeckTypography } from "./typography";

/** What the package fix-ups need to know about a slide after pptxgenjs has written it. */
export interface SlideRecord {
  /** 1-based slide number. */
  slide: number;
  /** The speaker notes, one paragraph each. */
  notes: string[];
  /** The native chart's fix-ups. */
  chart?: ChartFixups;
  /** The chart's values by data-sheet column, from column `first` (1 = A) on. */
  sheet?: SheetValues;
  /** The figure's SVG, embedded beside its PNG. */
  svg?: string;
}

export interface DeckContext {
  pptx: PptxGenJS;
  input: DeckInput;
  ink: Ink;
  type: DeckTypography;
}

/** Title and subtitle at the top of a figure slide; Nastaliq needs taller lines. */
function addHeading(slide: PptxGenJS.Slide, figure: Figure, ctx: DeckContext): void {
  const { type, ink } = ctx;
  const nastaliq = type.nastaliq;
  addTextBox(
    slide,
    figure.title,
    { x: SLIDE.margin, y: 0.25, w: SLIDE.width - 2 * SLIDE.margin, h: nastaliq ? 0.85 : 0.7 },
    type,
    { role: "title", fontSize: nastaliq ? 26 : 28, bold: !nastaliq, color: hex(ink.foreground) },
  );
  if (figure.subtitle) {
    addTextBox(
      slide,
      figure.subtitle,
      { x: SLIDE.margin, y: nastaliq ? 1.1 : 0.98, w: SLIDE.width - 2 * SLIDE.margin, h: 0.45 },
      type,
      { fontSize: 16, color: hex(ink.muted) },
    );
  }
}

/** A glyph for each legend shape, drawn in the entry's colour (fonts fall back for these). */
const LEGEND_GLYPHS: Record<LegendEntry["shape"], string> = {
  square: "■",
  circle: "●",
  outline: "□",
  line: "│",
  dashed: "┆",
  hatched: "▨",
  diamond: "◇",
  ring: "○",
  // Word joiners: a line may not break inside the glyph at its dash.
  route: "•\u2060–\u2060•",
};

/**
 * The legend of a figure drawn as a picture (the Gantt's statuses and date marks, the map's
 * statuses), on one or two lines above it: a native chart has its own; a picture's body has none.
 */
function addLegend(slide: PptxGenJS.Slide, figure: Figure, ctx: DeckContext): void {
  if (figure.legend.length === 0) return;
  const { type, ink, input } = ctx;
  // No-break spaces inside an entry: a line breaks between entries, never inside one (a glyph
  // left at the end of a line, or a date cut from its year).
  const runs = figure.legend.flatMap((entry, i) => [
    {
      text: `${i > 0 ? "   " : ""}${LEGEND_GLYPHS[entry.shape]}\u00a0`,
      options: { color: hex(input.color(entry.color)) },
    },
    { text: entry.label.replace(/ /g, "\u00a0"), options: { color: hex(ink.foreground) } },
  ]);
  addTextBox(
    slide,
    runs,
    { x: CHART_AREA.x, y: CHART_AREA.y - 0.05, w: CHART_AREA.w, h: LEGEND_H },
    type,
    { fontSize: 13 },
  );
}

/** A map's notes beside its picture: the disputed boundaries, the abbreviated names' key. */
function addNotesBeside(slide: PptxGenJS.Slide, figure: Figure, ctx: DeckContext): void {
  const box = notesBox(figure);
  if (!box) return;
  const runs = figure.notes.map((note, i) => ({
    text: note,
    options: { breakLine: i < figure.notes.length - 1 },
  }));
  addTextBox(slide, runs, box, ctx.type, {
    fontSize: 10,
    color: hex(ctx.ink.muted),
    paraSpaceAfter: 4,
  });
}

/** The source block at the foot: what was not drawn, the source, provenance and the link. */
function addFooter(
  slide: PptxGenJS.Slide,
  figure: Figure,
  omitted: readonly string[],
  ctx: DeckContext,
): void {
  const { input, type, ink } = ctx;
  const lines = sourceLines(figure, input.format, input.words);
  const width = SLIDE.width - 2 * SLIDE.margin;
  if (omitted.length > 0) {
    addTextBox(
      slide,
      input.words.notReported(omitted.join(input.words.listSeparator)),
      { x: SLIDE.margin, y: CHART_AREA.y + CHART_AREA.h + 0.02, w: width, h: 0.3 },
      type,
      { fontSize: 12, italic: true, color: hex(ink.foreground) },
    );
  }
  const muted = { color: hex(ink.muted), fontSize: 11 };
  addTextBox(
    slide,
    [
      { text: lines.source, options: { ...muted, breakLine: true } },
      { text: lines.provenance, options: { ...muted, breakLine: true } },
      {
        text: lines.link,
        options: { ...muted, hyperlink: { url: figure.link } },
      },
    ],
    { x: SLIDE.margin, y: 6.55, w: width, h: 0.8 },
    type,
    { paraSpaceAfter: 2 },
  );
}

/** Adds one figure's slide: heading, native chart or picture, source block and notes. */
export async function addFigureSlide(
  figure: Figure,
  slideNumber: number,
  ctx: DeckContext,
): Promise<SlideRecord> {
  const { pptx, input, type, ink } = ctx;
  const slide = pptx.addSlide();
  addHeading(slide, figure, ctx);
  const altText = input.altText(figure);
  const record: SlideRecord = { slide: slideNumber, notes: [] };
  let omitted: string[] = [];
  if (isNative(figure)) {
    const spec = chartSpec(figure, {
      color: input.color,
      ink,
      type,
      format: input.format,
      words: input.words,
    });
    omitted = spec.omitted;
    record.chart = spec.fixups;
    const bidi = (s: string) => slideText(s, type.rtl);
    const data = spec.data.map((series) => ({
      ...series,
      name: bidi(series.name),
      ...(series.labels ? { labels: series.labels.map(bidi) } : {}),
    }));
    // pptxgenjs types series values as numbers; null is written as an empty cell, removed later.
    // The data sheet: labels in column A and the series from B; a scatter's X values are in A.
    record.sheet = {
      first: spec.type === "scatter" ? 1 : 2,
      columns: spec.data.map((s) => s.values),
    };
    slide.addChart(spec.type, data as PptxGenJS.OptsChartData[], {
      ...spec.options,
      valAxisTitle: bidi(spec.options.valAxisTitle ?? ""),
      ...CHART_AREA,
      altText,
    });
  } else {
    // Drawn for the box it goes in, so it fills it (lib/figure/pptx-export paginates for it too).
    const picture = await input.picture(figure, pictureSize(figure));
    addLegend(slide, figure, ctx);
    addNotesBeside(slide, figure, ctx);
    const place = fitInto(picture.width, picture.height, pictureBox(figure));
    slide.addImage({
      data: `image/png;base64,${await toBase64(picture.png)}`,
      ...place,
      altText,
    });
    if (picture.svg) record.svg = picture.svg;
  }
  addFooter(slide, figure, omitted, ctx);
  record.notes = figureNotes(figure, altText, omitted, input.format, input.words);
  slide.addNotes(record.notes.join("\n"));
  return record;
}
