import type PptxGenJS from "pptxgenjs";
import type { FormatSettings } from "../../format";
import type { BarsFigure, ColorToken, ColumnsFigure, PointsFigure, StepFigure } from "../figure";
import { excelSerial, labelSkip, yearLabel } from "./chart-axes";
import { hex } from "./layout";
import type { DeckWords } from "./types";
import type { DeckTypography } from "./typography";
import { axisTitle, formatCodeIn, scaled, valueScale } from "./value-scale";

/** The figures PowerPoint draws as native charts; the others go in as pictures. */
export type NativeFigure = BarsFigure | ColumnsFigure | StepFigure | PointsFigure;

export function isNative(figure: { kind: string }): figure is NativeFigure {
  return (
    figure.kind === "bars" ||
    figure.kind === "columns" ||
    figure.kind === "step" ||
    figure.kind === "points"
  );
}

/** One series as pptxgenjs takes it; a null value is left out of the chart's cache. */
export interface ChartSeries {
  name: string;
  labels?: string[];
  values: (number | null)[];
}

/** Changes to the chart XML that pptxgenjs has no option for (package-fixups.ts applies them). */
export interface ChartFixups {
  /** Number format of a scatter chart's X axis (pptxgenjs gives both axes the Y format). */
  scatterXFormat?: string;
  /**
   * Keep only the last point's data label, of this many points (the step line labels its last
   * step, as on screen).
   */
  lastLabelOnly?: number;
}

export interface ChartSpec {
  type: "bar" | "line" | "scatter";
  data: ChartSeries[];
  options: PptxGenJS.IChartOpts;
  /** Labels of values not reported, so not drawn (said on the slide and in the notes). */
  omitted: string[];
  fixups: ChartFixups;
}

export interface ChartStyle {
  color: (token: ColorToken) => string;
  ink: { foreground: string; muted: string; grid: string };
  type: DeckTypography;
  format: FormatSettings;
  words: DeckWords;
}

/** Options every chart shares: fonts, sizes and colours of text, gridlines, the value axis title. */
function common(style: ChartStyle, title: string, scaleCode: string): PptxGenJS.IChartOpts {
  const font = style.type.body;
  const code = formatCodeIn(scaleCode, style.format);
  const ink = hex(style.ink.foreground);
  const muted = hex(style.ink.muted);
  return {
    lang: style.type.lang,
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: 14,
    catAxisLabelColor: ink,
    catAxisLineShow: true,
    catAxisLineColor: hex(style.ink.grid),
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: muted,
    valAxisLabelFormatCode: code,
    valAxisLineShow: false,
    valGridLine: { color: hex(style.ink.grid), size: 0.75 },
    catGridLine: { style: "none" },
    showValAxisTitle: true,
    valAxisTitle: title,
    valAxisTitleFontFace: font,
    valAxisTitleFontSize: 14,
    valAxisTitleColor: muted,
    dataLabelFontFace: font,
    dataLabelFontSize: 14,
    dataLabelColor: ink,
    dataLabelFormatCode: code,
    legendFontFace: font,
    legendFontSize: 14,
    legendColor: ink,
    legendPos: "t",
  };
}

function barsSpec(f: BarsFigure, style: ChartStyle): ChartSpec {
  const shown = f.bars.filter((b): b is typeof b & { value: number } => b.value !== null);
  const scale = valueScale(
    f.valueUnit,
    shown.map((b) => b.value),
    style.words,
  );
  const title = axisTitle(f.valueLabel, scale, style.words);
  return {
    type: "bar",
    data: [
      {
        name: title,
        labels: shown.map((b) => b.label),
        values: shown.map((b) => scaled(b.value, scale)),
      },
    ],
    options: {
      ...common(style, title, scale.code),
      barDir: "bar",
      // One colour per bar (pptxgenjs writes a data point colour for each of a single series).
      chartColors: shown.map((b) => hex(style.color(b.color))),
      // The first bar on top, as on screen; the value axis crosses at the last (bottom) category.
      catAxisOrientation: "maxMin" as "minMax",
      catAxisCrossesAt: "max" as unknown as number,
      valAxisLabelPos: "nextTo",
      // Right to left: bars grow leftwards from category labels on the right.
      valAxisOrientation: (style.type.rtl ? "maxMin" : "minMax") as "minMax",
      barGapWidthPct: 45,
      showValue: true,
      dataLabelPosition: "outEnd",
      showLegend: false,
    },
    omitted: f.bars.filter((b) => b.value === null).map((b) => b.label),
    fixups: {},
  };
}

function columnsSpec(f: ColumnsFigure, style: ChartStyle): ChartSpec {
  const totals = f.columns.map((c) => Object.values(c.values).reduce((a, v) => a + v, 0));
  const scale = valueScale(f.valueUnit, totals, style.words);
  const title = axisTitle(f.valueLabel, scale, style.words);
  const labels = f.columns.map((c) => yearLabel(c.year, style.format));
  return {
    type: "bar",
    data: f.series.map((s) => ({
      name: s.label,
      labels,
      values: f.columns.map((c) => {
        const v = c.values[s.key];
        return v === undefined ? null : scaled(v, scale);
      }),
    })),
    options: {
      ...common(style, title, scale.code),
      barDir: "col",
      barGrouping: "stacked",
      chartColors: f.series.map((s) => hex(style.color(s.color))),
      catAxisLabelFrequency: String(labelSkip(labels)),
      barGapWidthPct: 40,
      // Segment labels on up to three series; with more, thin segments' labels overlap.
      showValue: f.series.length <= 3,
      // Zero segments have no label (the format's third section is empty).
      dataLabelFormatCode: formatCodeIn(`${scale.code};-${scale.code};`, style.format),
      dataLabelPosition: "ctr",
      dataLabelColor: "FFFFFF",
      dataLabelFontSize: 11,
      showLegend: true,
      ...(style.type.rtl ? { catAxisCrossesAt: "max" as unknown as number } : {}),
    },
    omitted: [],
    fixups: {},
  };
}

function stepSpec(f: StepFigure, style: ChartStyle): ChartSpec {
  const scale = valueScale(
    f.valueUnit,
    f.points.map((p) => p.value),
    style.words,
  );
  const title = axisTitle(f.valueLabel, scale, style.words);
  const color = hex(style.color(f.color));
  const labels = f.points.map((p) => yearLabel(p.year, style.format));
  return {
    type: "line",
    data: [
      {
        name: title,
        labels,
        values: f.points.map((p) => scaled(p.value, scale)),
      },
    ],
    options: {
      ...common(style, title, scale.code),
      chartColors: [color],
      catAxisLabelFrequency: String(labelSkip(labels)),
      lineSize: 3,
      lineDataSymbol: "circle",
      lineDataSymbolSize: 8,
      showValue: true,
      dataLabelPosition: "t",
      dataLabelFontSize: 16,
      dataLabelFontBold: true,
      showLegend: false,
      ...(style.type.rtl ? { catAxisCrossesAt: "max" as unknown as number } : {}),
    },
    omitted: [],
    fixups: { lastLabelOnly: f.points.length },
  };
}

function pointsSpec(f: PointsFigure, style: ChartStyle): ChartSpec {
  const points = [...f.points].sort((a, b) => excelSerial(a.date) - excelSerial(b.date));
  const scale = valueScale(
    f.valueUnit,
    points.map((p) => p.value),
    style.words,
  );
  const title = axisTitle(f.valueLabel, scale, style.words);
  const xs = points.map((p) => excelSerial(p.date));
  const years = points.map((p) => Number(p.date.slice(0, 4)));
  // Ticks every 365.25 days drift up to ¾ of a day from 1 January, so the axis starts on 2 January
  // and each tick falls on its own year's first days (a year earlier if a point is on 1 January).
  const startOf = (year: number) => excelSerial(`${year}-01-01`) + 1;
  const earliest = Math.min(...years);
  const first = Math.min(...xs) < startOf(earliest) ? earliest - 1 : earliest;
  const last = Math.max(...years) + 1;
  const step = Math.max(1, Math.ceil((last - first) / 10));
  const dateField = f.table.fields.find((field) => field.unit === "date");
  return {
    type: "scatter",
    data: [
      { name: dateField?.label ?? "", values: xs },
      ...f.groups.map((g) => ({
        name: g.label,
        values: points.map((p) => (p.group === g.key ? scaled(p.value, scale) : null)),
      })),
    ],
    options: {
      ...common(style, title, scale.code),
      chartColors: f.groups.map((g) => hex(style.color(g.color))),
      lineSize: 0,
      lineDataSymbol: "circle",
      lineDataSymbolSize: 11,
      lineDataSymbolLineSize: 1,
      lineDataSymbolLineColor: "FFFFFF",
      catAxisMinVal: startOf(first),
      catAxisMaxVal: startOf(last),
      catAxisMajorUnit: 365.25 * step,
      valAxisMinVal: 0,
      // Labels on a few statements; more overlap (the data sheet has every value).
      showValue: points.length <= 8,
      dataLabelPosition: "t",
      showLegend: f.groups.length > 1,
      ...(style.type.rtl ? { catAxisCrossesAt: "max" as unknown as number } : {}),
    },
    omitted: [],
    fixups: { scatterXFormat: formatCodeIn("yyyy", style.format) },
  };
}

/** The native chart of a figure: its type, its series and pptxgenjs's options (without position). */
export function chartSpec(figure: NativeFigure, style: ChartStyle): ChartSpec {
  switch (figure.kind) {
    case "bars":
      return barsSpec(figure, style);
    case "columns":
      return columnsSpec(figure, style);
    case "step":
      return stepSpec(figure, style);
    case "points":
      return pointsSpec(figure, style);
  }
}
