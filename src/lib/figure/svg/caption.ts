/**
 * The caption around a chart body, laid out for a target: title and subtitle above, the legend
 * with each shape drawn as it appears in the chart, then (below the body) the notes, a rule and the
 * footer — source, data-as-of date, dataset version, filters in words and the link. Pure: the same
 * figure, words and size give the same positions.
 */
import { wrapText, type TextMeasurer, type TextStyle } from "../../export/text-layout";
import type { FormatSettings } from "../../format";
import type { FigureBase, LegendEntry } from "../figure";
import { footerLines, packFooter } from "./caption-footer";
import type { DrawContext } from "./draw-context";
import type { TargetLayout } from "./targets";

/** The words of a caption and of a chart body, in the figure's language. */
export interface ComposeWords extends Readonly<DrawContext["words"]> {
  source: string;
  dataAsOf: string;
  datasetVersion: string;
  filters: string;
  none: string;
  view: string;
}

export { footerLines } from "./caption-footer";

export interface TextBlock {
  kind: "text";
  lines: string[];
  style: TextStyle;
  lineHeight: number;
  tone: "foreground" | "muted";
  /** A font other than the figure's (the Urdu title is set in Nastaliq). */
  font?: string;
  y: number;
  /** Where its lines start (their anchor), when not at the page's start edge. */
  x?: number;
}
export interface LegendBlock {
  kind: "legend";
  /** x is measured from the start edge (the right in Urdu). */
  items: { entry: LegendEntry; x: number; y: number }[];
  style: TextStyle;
  swatch: number;
  lineHeight: number;
}
export interface RuleBlock {
  kind: "rule";
  y: number;
}
export type CaptionBlock = TextBlock | LegendBlock | RuleBlock;

export interface CaptionLayout {
  top: CaptionBlock[];
  /** Where the body may start, and the height the blocks under it need (with the padding). */
  bodyTop: number;
  bottomHeight: number;
  /** Lays the blocks under the body out from its bottom edge. */
  bottom: (bodyBottom: number) => CaptionBlock[];
  /**
   * The body's horizontal band, from the page's left edge, when the notes stand beside it
   * instead of under it (a fixed page whose notes would leave the body too little height).
   */
  bodyBand?: { x: number; width: number };
}

/**
 * Below this share of a fixed page's height, the body gets the notes moved beside it. A map is
 * about as tall as it is wide: under notes across the page it would shrink to a strip's height,
 * so its notes go beside it sooner.
 */
const MIN_BODY_SHARE = { map: 0.6, other: 0.42 };
/** The notes' column beside the body: its least share of the inner width. */
const SIDE_NOTES_SHARE = 0.3;

/**
 * Line heights in units of the text size. Naskh (Urdu's text) needs more than Latin, Nastaliq
 * (its titles) more again: its letters climb and its joins descend. The first line of a title has
 * a box of `nastaliqFirst` (a Nastaliq line's ink is about 1.5 em tall, a tail such as ق's in
 * "قسم" reaches lower: measured on the slides); from line to line it steps `nastaliq`, so the
 * descenders of one line never meet the ascenders of the next.
 */
const LEADING = {
  latin: 1.35,
  latinTitle: 1.2,
  urdu: 1.5,
  urduLegend: 1.6,
  urduColumn: 1.4,
  nastaliq: 1.9,
  nastaliqFirst: 1.75,
} as const;

export interface CaptionInput {
  figure: FigureBase;
  layout: TargetLayout;
  words: ComposeWords;
  format: FormatSettings;
  measure: TextMeasurer;
  /** Measures the title in its own font (Nastaliq for Urdu). */
  measureTitle: TextMeasurer;
  titleFont?: string;
  /** The body is about as tall as it is wide (a map): its notes go beside it sooner. */
  tallBody?: boolean;
}

export function layoutCaption(input: CaptionInput): CaptionLayout {
  const { figure, layout, measure } = input;
  const { type, padding } = layout;
  const inner = layout.width - 2 * padding;
  const urdu = figure.lang === "ur";
  // Naskh needs more line height than Latin; Nastaliq, with its descending joins, more again.
  const leading = urdu ? LEADING.urdu : LEADING.latin;
  const top: CaptionBlock[] = [];
  let y = padding;
  /** `trim`: what the first line's box is less than the line height (half above, half below). */
  const paragraph = (
    into: CaptionBlock[],
    content: string,
    style: TextStyle,
    tone: TextBlock["tone"],
    lineHeight: number,
    measurer = measure,
    font?: string,
    trim = 0,
  ) => {
    const lines = wrapText(content, inner, style, measurer);
    into.push({ kind: "text", lines, style, lineHeight, tone, font, y: y - trim / 2 });
    y += lines.length * lineHeight - trim;
  };
  const titleStyle: TextStyle = { size: type.title, weight: 700 };
  const titleLeading = urdu ? LEADING.nastaliq : LEADING.latinTitle;
  const titleHeight = Math.round(type.title * titleLeading);
  paragraph(
    top,
    figure.title,
    titleStyle,
    "foreground",
    titleHeight,
    input.measureTitle,
    input.titleFont,
    urdu ? titleHeight - Math.round(type.title * LEADING.nastaliqFirst) : 0,
  );
  if (figure.subtitle) {
    y += Math.round(type.base * 0.2);
    paragraph(
      top,
      figure.subtitle,
      { size: type.subtitle, weight: 400 },
      "muted",
      Math.round(type.subtitle * leading),
    );
  }
  y += Math.round(type.base * 0.7);
  if (figure.legend.length > 0) {
    const style: TextStyle = { size: type.legend, weight: 400 };
    const swatch = Math.round(style.size * 0.9);
    const lineHeight = Math.round(style.size * (urdu ? LEADING.urduLegend : 1.6));
    const gap = Math.round(style.size * 1.3);
    const items: LegendBlock["items"] = [];
    let x = 0;
    let row = 0;
    for (const entry of figure.legend) {
      const w = swatch + style.size * 0.4 + measure(entry.label, style);
      if (x > 0 && x + w > inner) {
        x = 0;
        row++;
      }
      items.push({ entry, x: padding + x, y: y + row * lineHeight });
      x += w + gap;
    }
    top.push({ kind: "legend", items, style, swatch, lineHeight });
    y += (row + 1) * lineHeight + Math.round(type.base * 0.5);
  }
  const bodyTop = y;

  const small: TextStyle = { size: type.small, weight: 400 };
  const smallLeading = Math.round(type.small * (urdu ? LEADING.urdu : 1.4));
  const wrap = (p: string) => wrapText(p, inner, small, measure);
  const paragraphs = footerLines(figure, input.words, input.format).map(wrap);
  const wrapped = figure.notes.map(wrap);
  const notesGap = Math.round(type.base * 0.6);
  const ruleGap = Math.round(type.base * 0.6);
  const heightUnder = (notes: string[][], footerRows: number) =>
    (notes.length > 0 ? notesGap + notes.flat().length * smallLeading : 0) +
    ruleGap * 2 +
    1 +
    footerRows * smallLeading +
    padding;
  let footer = packFooter(paragraphs, inner, small, measure);
  const squeezed =
    layout.height !== null &&
    wrapped.length > 0 &&
    layout.height - bodyTop - heightUnder(wrapped, footer.rows) <
      layout.height * MIN_BODY_SHARE[input.tallBody ? "map" : "other"];
  // On a fixed page, notes of one line each lead the footer's lines (as a publication's footnotes
  // do) and share them where they fit, so the body keeps the height their own lines would take.
  const notesInFooter =
    layout.height !== null && !squeezed && wrapped.every((lines) => lines.length === 1);
  if (notesInFooter) footer = packFooter([...wrapped, ...paragraphs], inner, small, measure);
  const notes = notesInFooter ? [] : wrapped;
  const footerHeight = footer.rows * smallLeading;
  const bottomHeight = heightUnder(notes, footer.rows);
  if (squeezed) return besideBody();
  const bottom = (bodyBottom: number): CaptionBlock[] => {
    const blocks: CaptionBlock[] = [];
    let at = bodyBottom + (notes.length > 0 ? notesGap : 0);
    for (const lines of notes) {
      blocks.push({
        kind: "text",
        lines,
        style: small,
        lineHeight: smallLeading,
        tone: "muted",
        y: at,
      });
      at += lines.length * smallLeading;
    }
    return [...blocks, ...ruleAndFooter(at)];
  };
  return { top, bodyTop, bottomHeight, bottom };

  /** The rule under the body (and notes) and the footer's lines under it, from `after`. */
  function ruleAndFooter(after: number): CaptionBlock[] {
    const ruleY = after + ruleGap;
    const at = ruleY + 1 + ruleGap;
    const blocks: CaptionBlock[] = [{ kind: "rule", y: ruleY }];
    for (const { lines, row, offset } of footer.pieces)
      blocks.push({
        kind: "text",
        lines,
        style: small,
        lineHeight: smallLeading,
        tone: "muted",
        y: at + row * smallLeading,
        ...(offset > 0 && { x: urdu ? padding + inner - offset : padding + offset }),
      });
    return blocks;
  }

  /** The notes in a column at the body's end side (the left in Urdu), the footer under both. */
  function besideBody(): CaptionLayout {
    const besideHeight = ruleGap * 2 + 1 + footerHeight + padding;
    const room = (layout.height ?? 0) - bodyTop - besideHeight;
    // A column of notes reads with a little less leading than a full-width paragraph.
    const sideLeading = Math.round(type.small * (urdu ? LEADING.urduColumn : 1.3));
    const wrapAt = (width: number) => figure.notes.map((p) => wrapText(p, width, small, measure));
    const heightOf = (wrapped: string[][]) =>
      wrapped.reduce(
        (h, lines) => h + lines.length * sideLeading + Math.round(sideLeading * 0.4),
        0,
      );
    // The narrowest column (from SIDE_NOTES_SHARE) whose notes fit beside the body.
    let sideWidth = Math.round(inner * SIDE_NOTES_SHARE);
    let sideNotes = wrapAt(sideWidth);
    while (heightOf(sideNotes) > room && sideWidth < inner * 0.56) {
      sideWidth = Math.round(sideWidth + inner * 0.04);
      sideNotes = wrapAt(sideWidth);
    }
    const gap = Math.round(type.base * 3);
    // Anchored at the column's start edge: its left in English, its right in Urdu.
    const notesX = urdu ? padding + sideWidth : padding + inner - sideWidth;
    const bodyBand = urdu
      ? { x: padding + sideWidth + gap, width: inner - sideWidth - gap }
      : { x: padding, width: inner - sideWidth - gap };
    const lay = (bodyBottom: number): CaptionBlock[] => {
      const blocks: CaptionBlock[] = [];
      let at = bodyTop;
      for (const lines of sideNotes) {
        blocks.push({
          kind: "text",
          lines,
          style: small,
          lineHeight: sideLeading,
          tone: "muted",
          y: at,
          x: notesX,
        });
        at += lines.length * sideLeading + Math.round(sideLeading * 0.4);
      }
      return [...blocks, ...ruleAndFooter(Math.max(bodyBottom, at))];
    };
    return { top, bodyTop, bottomHeight: besideHeight, bottom: lay, bodyBand };
  }
}
