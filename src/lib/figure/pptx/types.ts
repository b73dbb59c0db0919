import type { FormatSettings } from "../../format";
import type { ColorToken, Figure, SourceRef } from "../figure";

/**
 * The slide-layout picture of a figure drawn as a picture (Gantt, timeline, map), made by the
 * figure composer for a 16:9 slide: SVG where it has one (PowerPoint 2016+ shows it, older
 * versions and LibreOffice show the PNG), and always a PNG of the same drawing.
 */
export interface DeckPicture {
  svg?: string;
  png: Uint8Array | Blob;
  /** Pixel size of the PNG (its aspect ratio places it on the slide). */
  width: number;
  height: number;
}

/** What the title slide of a deck says. */
export interface TitleSlideInfo {
  /** The dashboard's name. */
  dashboard: string;
  /** The view (or presentation sequence) the deck shows. */
  view: string;
  /** The active filters in words; empty when nothing is filtered. */
  filters: readonly string[];
  /** ISO day of the data-as-of date. */
  asOf: string;
  datasetVersion: string;
  link: string;
}

/** What the closing slide of a deck says. */
export interface ClosingSlideInfo {
  /** Every source of the deck's figures, most cited first. */
  sources: readonly SourceRef[];
  licence: { text: string; url: string };
}

export interface UsdScale {
  divisor: number;
  label: string;
}

/** The words a deck needs that are not in its figures, in the reader's language. */
export interface DeckWords {
  /** "Source: {{source}}" for the primary source of a headline figure. */
  primarySource: (source: string) => string;
  /** "Dataset version {{version}}". */
  version: (version: string) => string;
  /** "Data as of {{date}}" (the date already written). */
  asOf: (date: string) => string;
  /** "Filters: {{list}}" and "Filters: none". */
  filters: (list: string) => string;
  noFilters: string;
  /** "View: {{url}}". */
  link: (url: string) => string;
  /** Speaker-note headings. */
  notesDescription: string;
  notesNotes: string;
  notesSources: string;
  /** "Not reported, so not drawn: {{list}}" (on the slide and in the notes). */
  notReported: (list: string) => string;
  /** The undated page of a source list entry. */
  undated: string;
  /** Closing slide headings. */
  sourcesHeading: string;
  licenceHeading: string;
  /** "… and {{count}} more sources (listed in the notes)". */
  moreSources: (count: number) => string;
  /**
   * Units stated in a chart's axis title. Money is stored in the language's own scale: the
   * figure's US$ millions divided by `divisor` (English: billion = 1000; Chinese: 亿 = 100; Urdu:
   * ارب = 1000 and کروڑ = 10); `large` when the largest value reaches one of it, else `small`.
   */
  units: {
    usd: { large: UsdScale; small: UsdScale };
    mw: string;
    months: string;
  };
  /** A chart's axis title: "{{label}} ({{unit}})", with the language's brackets. */
  axisTitle: (label: string, unit: string) => string;
  /** The separator of a list ("، " in Urdu, "、" in Chinese). */
  listSeparator: string;
}

export interface DeckInput {
  figures: readonly Figure[];
  /** The title slide; with `closing`, omitted for a one-figure slide. */
  title?: TitleSlideInfo;
  closing?: ClosingSlideInfo;
  /** The figure's alt text (lib/figure/alt-text), for the notes and the chart's description. */
  altText: (figure: Figure) => string;
  /**
   * The slide-layout picture of a figure drawn as a picture (gantt, timeline, map), drawn at the
   * pixel size of the box the slide gives it (pptx/layout's pictureSize).
   */
  picture: (figure: Figure, size: { width: number; height: number }) => Promise<DeckPicture>;
  /** A colour token as a hex colour of the light theme ("#0072b2"). */
  color: (token: ColorToken) => string;
  /** Hex colours of the page: text, secondary text, gridlines (DrawContext's `ink`). */
  ink: { foreground: string; muted: string; grid: string };
  /** The reader's settings: the language of the deck and the digits of the text it writes. */
  format: FormatSettings;
  words: DeckWords;
  /** What to return: a Blob (the default, for a download) or the bytes (tests, Node scripts). */
  output?: "blob" | "uint8array";
}
