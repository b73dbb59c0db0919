import { formatPartialDate, isolate, type FormatSettings } from "../../format";
import type { Figure, SourceRef } from "../figure";
import type { DeckWords } from "./types";

/** One source as a line: "Publisher, Title (12 May 2017) https://…". */
export function sourceText(
  source: SourceRef,
  format: FormatSettings,
  words: DeckWords,
  withUrl = true,
): string {
  const date = source.date ? formatPartialDate(source.date, format) : words.undated;
  // Each part keeps its own direction: an English title beside an Urdu date, a URL in Urdu text.
  const text = `${isolate(source.publisher)}, ${isolate(source.title)} (${isolate(date)})`;
  return withUrl ? `${text} ${isolate(source.url)}` : text;
}

/** Dataset version · data as of · filters, in the deck's words. */
export function provenanceLine(
  parts: { datasetVersion: string; asOf: string; filters: readonly string[] },
  format: FormatSettings,
  words: DeckWords,
): string {
  return [
    words.version(parts.datasetVersion),
    words.asOf(formatPartialDate(parts.asOf, format)),
    parts.filters.length > 0
      ? words.filters(parts.filters.join(words.listSeparator))
      : words.noFilters,
  ].join(" · ");
}

/**
 * The source lines under a figure's chart: the primary source where the figure has one (else the
 * figure's own source line), then version, data-as-of and filters; the link is the last line.
 */
export function sourceLines(
  figure: Figure,
  format: FormatSettings,
  words: DeckWords,
): { source: string; provenance: string; link: string } {
  const primary = figure.sources.primary;
  return {
    source: primary
      ? words.primarySource(sourceText(primary, format, words, false))
      : figure.sourceLine,
    provenance: provenanceLine(figure, format, words),
    link: words.link(figure.link),
  };
}

/**
 * The speaker notes of a figure's slide, one paragraph each: the alt text, what was left out, the
 * figure's notes, the source line and provenance, the link, and every source with its URL.
 */
export function figureNotes(
  figure: Figure,
  altText: string,
  omitted: readonly string[],
  format: FormatSettings,
  words: DeckWords,
): string[] {
  const lines = sourceLines(figure, format, words);
  const out = [words.notesDescription, altText];
  if (omitted.length > 0) out.push(words.notReported(omitted.join(words.listSeparator)));
  if (figure.notes.length > 0) out.push("", words.notesNotes, ...figure.notes);
  out.push("", words.notesSources, lines.source, lines.provenance, lines.link);
  for (const s of figure.sources.list) out.push(`• ${sourceText(s, format, words)}`);
  return out;
}
