/**
 * The footer under a figure's body: its paragraphs (source, as-of and version, filters, link) and
 * their packing into as few lines as the page's width allows. Paragraphs of one line each share a
 * line, side by side with a gap, while they fit; a paragraph that wraps takes lines of its own.
 * Each paragraph stays its own piece of text (its own <text>), so a link or a right-to-left line
 * is never joined to its neighbour's direction.
 */
import type { TextMeasurer, TextStyle } from "../../export/text-layout";
import { formatPartialDate, type FormatSettings } from "../../format";
import type { FigureBase } from "../figure";
import type { ComposeWords } from "./caption";

/** "Source: …" with the language's colon. */
function labelled(word: string, value: string, lang: string): string {
  return lang === "zh" ? `${word}：${value}` : `${word}: ${value}`;
}

/** The footer's paragraphs: source (with the primary source), as-of and version, filters, link. */
export function footerLines(figure: FigureBase, words: ComposeWords, format: FormatSettings) {
  const lang = figure.lang;
  const primary = figure.sources.primary;
  const primaryText = primary
    ? [primary.publisher, primary.date && formatPartialDate(primary.date, format)]
        .filter(Boolean)
        .join(lang === "zh" ? "，" : lang === "ur" ? "، " : ", ")
    : null;
  const source = primaryText ? `${primaryText} · ${figure.sourceLine}` : figure.sourceLine;
  const separator = lang === "zh" ? "；" : lang === "ur" ? "؛ " : "; ";
  return [
    labelled(words.source, source, lang),
    `${words.dataAsOf} ${formatPartialDate(figure.asOf, format)} · ${words.datasetVersion} ${figure.datasetVersion}`,
    labelled(
      words.filters,
      figure.filters.length > 0 ? figure.filters.join(separator) : words.none,
      lang,
    ),
    labelled(words.view, figure.link, lang),
  ];
}

export interface FooterPiece {
  lines: string[];
  /** The footer's line the piece starts on, from 0. */
  row: number;
  /** Its distance from the start edge (the right in Urdu). */
  offset: number;
}

export function packFooter(
  paragraphs: readonly string[][],
  width: number,
  style: TextStyle,
  measure: TextMeasurer,
): { pieces: FooterPiece[]; rows: number } {
  const gap = 2 * style.size;
  const pieces: FooterPiece[] = [];
  let row = 0;
  /** Where the next piece of the current line would start; null when the line takes no more. */
  let offset: number | null = null;
  for (const lines of paragraphs) {
    if (lines.length === 0) continue;
    const w = lines.length === 1 ? measure(lines[0]!, style) : Infinity;
    if (offset !== null && offset + gap + w <= width) {
      pieces.push({ lines, row: row - 1, offset: offset + gap });
      offset += gap + w;
      continue;
    }
    pieces.push({ lines, row, offset: 0 });
    row += lines.length;
    offset = lines.length === 1 ? w : null;
  }
  return { pieces, rows: row };
}
