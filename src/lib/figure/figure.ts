/**
 * A figure as a value: everything a reader or a file needs to know about one chart, built by a
 * pure function from the dataset, the filters and the reader's language (lib/figure/build), and
 * drawn by every renderer — the screen, the slide, print, PowerPoint, alt text, the CSV. Nothing
 * reads the page to learn what a figure says.
 *
 * Numbers stay numbers here (with their unit); text is already in the reader's language (titles,
 * labels, filters in words), because a figure is built for one reader.
 */
import type { MapFigure } from "./figure-map";

import type { FormatSettings } from "../format";

/** How a number is written and what it counts; renderers format it through lib/format. */
export type ValueUnit =
  /** US dollars, in millions. */
  | "usd-millions"
  /** A count of projects, meetings, documents… */
  | "count"
  /** Megawatts. */
  | "mw"
  /** A calendar year (2019), written without grouping. */
  | "year"
  /** A partial ISO date ("2017", "2017-05", "2017-05-12"), written at its own precision. */
  | "date"
  /** A signed number of months (a delay). */
  | "months"
  /** Free text. */
  | "text";

/** A colour token of styles/index.css (`--chart-1`, `--status-operational`), without the dashes. */
export type ColorToken = `chart-${number}` | `status-${string}` | "muted" | "foreground";

export type FigureValue = string | number | null;

/** One column of the figure's data: its table twin's column and its CSV column. */
export interface FigureField {
  key: string;
  /** The header, in the reader's language, without the unit. */
  label: string;
  unit: ValueUnit;
}

/** The figure's data, exactly what it draws: the table twin and the CSV are this. */
export interface FigureTable {
  fields: readonly FigureField[];
  /** Each row holds a value for every field key; null is "not reported", never zero. */
  rows: readonly Readonly<Record<string, FigureValue>>[];
}

/**
 * A fill's texture over its colour, so that series read apart in print and without colour vision:
 * lines, dots or a check in the background ink over the colour (lib/figure/svg/fill-patterns).
 */
export type FillPattern =
  | "solid"
  | "diagonal"
  | "back-diagonal"
  | "crosshatch"
  | "horizontal"
  | "vertical"
  | "grid"
  | "dots"
  | "checker"
  /** Thin lines of the colour on the background: a light, recessive fill for a catch-all. */
  | "light";

export interface LegendEntry {
  label: string;
  color: ColorToken;
  /** A square's texture, as the series it names is filled; solid when absent. */
  pattern?: FillPattern;
  /**
   * square: a filled swatch; circle: a dot; outline: an unfilled box; line: a stroke; dashed: a
   * dashed stroke; hatched: a box hatched at 135° (a date known only to the year or month);
   * diamond: a hollow diamond (a planned completion); ring: an unfilled circle (a place known only
   * to its nearest town); route: a stroke between two dots (a line between end places).
   */
  shape:
    "square" | "circle" | "outline" | "line" | "dashed" | "hatched" | "diamond" | "ring" | "route";
}

export interface SourceRef {
  publisher: string;
  title: string;
  /** ISO date, possibly partial; null for an undated page. */
  date: string | null;
  url: string;
  /** How many of the records drawn cite it. */
  records: number;
}

export interface FigureSources {
  /** Distinct sources (by URL) of the records the figure draws. */
  count: number;
  /** The primary source of a headline number, where the figure has one. */
  primary: SourceRef | null;
  /** The sources, most cited first. */
  list: readonly SourceRef[];
}

/** What every figure carries besides its drawing. */
export interface FigureBase {
  /** Stable id, e.g. "overview.by-sector"; file names and tests use it. */
  id: string;
  title: string;
  subtitle: string | null;
  /** What the chart draws, as typed rows. */
  table: FigureTable;
  legend: readonly LegendEntry[];
  /** Notes printed under the chart (scope, gaps, depiction of boundaries). */
  notes: readonly string[];
  sources: FigureSources;
  /** The source line as the footer writes it ("CPEC Progress Dashboard dataset 1.1.0, from 42 sources"). */
  sourceLine: string;
  /** The data-as-of date (ISO day) of the dataset. */
  asOf: string;
  datasetVersion: string;
  /** Each active filter in words ("Sector: Energy"); empty when nothing is filtered. */
  filters: readonly string[];
  /** The link that reopens the view. */
  link: string;
  /** The interface language the figure was built in (en, ur, zh). */
  lang: string;
  /** The reader's settings it was built with: every renderer writes its numbers this way. */
  format: FormatSettings;
  /** One or two sentences for a screen reader; alt text (lib/figure/alt-text) adds the numbers. */
  summary: string;
}

/** Horizontal bars, one per category, each with its own colour. */
export interface BarsFigure extends FigureBase {
  kind: "bars";
  valueUnit: ValueUnit;
  /** Axis title, e.g. "Investment (US$)". */
  valueLabel: string;
  bars: readonly { key: string; label: string; value: number | null; color: ColorToken }[];
}

/** Vertical bars over years, stacked by series (documents by type, meetings by body). */
export interface ColumnsFigure extends FigureBase {
  kind: "columns";
  valueUnit: ValueUnit;
  valueLabel: string;
  /** In stack order, bottom first; a catch-all (signing packages) last, in a neutral colour. */
  series: readonly { key: string; label: string; color: ColorToken; pattern?: FillPattern }[];
  columns: readonly { year: number; values: Readonly<Record<string, number>> }[];
}

/** A cumulative step line over years, its last step drawn and labelled. */
export interface StepFigure extends FigureBase {
  kind: "step";
  valueUnit: ValueUnit;
  valueLabel: string;
  color: ColorToken;
  points: readonly { year: number; value: number }[];
  /**
   * The time axis in years: from the start of the first year to the data-as-of day as a fraction
   * of its year (2025.737 for 26 Sept 2025), through which the last step runs. Sibling cumulative
   * figures share it, so their years line up.
   */
  years: { from: number; to: number };
}

/** Dated points grouped by scope, on a time axis (statements as reported). */
export interface PointsFigure extends FigureBase {
  kind: "points";
  valueUnit: ValueUnit;
  valueLabel: string;
  groups: readonly { key: string; label: string; color: ColorToken }[];
  points: readonly { id: string; date: string; value: number; group: string; label: string }[];
}

/** A time range in ms since the epoch (UTC). */
export interface Span {
  start: number;
  end: number;
}

export interface GanttFigureRow {
  id: string;
  /** The project's name in the reader's language where a source gives one, else its English name. */
  label: string;
  status: string;
  color: ColorToken;
  /**
   * The drawn period; null when the start is not known (markers only). `ending` says how it ends: at
   * the completion, at the data-as-of day (works under way), at the planned completion (a plan, not
   * started: drawn dashed), or with the start itself (nothing later known).
   */
  bar:
    | (Span & {
        ending: "completion" | "as-of" | "planned" | "start-only";
        /** Where the start may lie (a start known to the year or month): drawn hatched. */
        startUncertain: Span | null;
        /** Where the end may lie: drawn hatched. */
        endUncertain: Span | null;
      })
    | null;
  /** The planned completion as the span it may stand for (a day, a month or a year). */
  plannedCompletion: Span | null;
  /** The completion as a span; drawn as a dot when there is no bar. */
  completion: Span | null;
}

/** Construction periods, grouped (by sector or province), against a year axis. */
export interface GanttFigure extends FigureBase {
  kind: "gantt";
  grouping: "sector" | "province";
  domain: Span;
  /** The data-as-of day (works under way end here) and the reader's today, drawn apart. */
  asOfTime: number;
  today: number;
  /**
   * `continued`: the group began on an earlier page; `total`: its rows on all pages, where a page
   * holds only some of them.
   */
  groups: readonly {
    key: string;
    label: string;
    rows: readonly GanttFigureRow[];
    continued?: boolean;
    total?: number;
  }[];
  /** Projects with no dates, counted in a note, not drawn. */
  undated: number;
  /** Which page of a paginated Gantt this is (1-based); null for the whole figure. */
  page: { index: number; count: number } | null;
}

/** A mark on a timeline lane: one event, or several of one kind on the same date. */
export interface TimelineMark {
  /** The partial ISO date the events share ("2017", "2017-05", "2017-05-12"). */
  date: string;
  /** The span the date stands for; a day is drawn as a dot, a month or a year as a hatched span. */
  start: number;
  end: number;
  precision: "year" | "month" | "day";
  count: number;
  /** The event's title, or "JCC sessions: 3 on the same date". */
  label: string;
}

/** Meetings, documents and milestones on lanes along one time axis. */
export interface TimelineFigure extends FigureBase {
  kind: "timeline";
  domain: Span;
  today: number;
  lanes: readonly {
    key: string;
    label: string;
    color: ColorToken;
    /** Events in the lane within the domain. */
    count: number;
    marks: readonly TimelineMark[];
  }[];
}

export type Figure =
  BarsFigure | ColumnsFigure | StepFigure | PointsFigure | GanttFigure | TimelineFigure | MapFigure;

export type FigureKind = Figure["kind"];
