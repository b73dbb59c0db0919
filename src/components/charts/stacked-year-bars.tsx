import { nice, ticks } from "d3-array";
import { useId } from "react";
import { useMeasuredWidth } from "@/components/ui/use-measured-width";
import type { FillPattern } from "@/lib/figure/figure";
import { patternMarks } from "@/lib/figure/svg/fill-patterns";
import { PlainSvg } from "./plain-svg";
import { TICK_PX, textWidth } from "./tick-text";

/**
 * Bars per year, stacked by series, with each year's total above its bar: the Documents and
 * Meetings charts. Drawn as plain SVG rather than with Recharts, whose store registers every axis
 * and series in a cascade of synchronous renders: for these charts, which open their views, that
 * was one task of several hundred milliseconds on a slow phone, for a drawing a few dozen
 * rectangles make. The Overview's charts, which come when the reader goes on, stay on Recharts.
 */

/** Where no width can be measured (a test's DOM): the chart is drawn at this width. */
const UNMEASURED_WIDTH = 640;
const MARGIN_TOP = 20;
const AXIS_HEIGHT = 24;
const AXIS_GAP = 8;
/** Space kept between two year labels. */
const YEAR_LABEL_GAP = 10;
/** The side of a pattern's tile, px: as on a slide, about half the text size. */
const PATTERN_TILE = 6;

/**
 * A pattern's tile in the series' colour with its marks in the card's colour (the same geometry as
 * the exported figure's), for a series with a texture.
 */
export function PatternDef({
  id,
  pattern,
  color,
}: {
  id: string;
  pattern: FillPattern;
  color: string;
}) {
  const marks = patternMarks(pattern, PATTERN_TILE);
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={PATTERN_TILE} height={PATTERN_TILE}>
      <rect width={PATTERN_TILE} height={PATTERN_TILE} fill={color} />
      {marks &&
        (marks.mode === "stroke" ? (
          <path d={marks.d} fill="none" stroke="var(--card)" strokeWidth={marks.width} />
        ) : (
          <path d={marks.d} fill="var(--card)" />
        ))}
    </pattern>
  );
}

export interface StackedYearBarsProps<
  K extends string,
  R extends { year: number } & Record<K, number>,
> {
  rows: readonly R[];
  /** Series in stack order, bottom first, each with its colour (a token) and texture. */
  series: readonly { key: K; color: string; pattern?: FillPattern }[];
  /** Each year's total, written above its bar. */
  total: (row: R) => number;
  height: number;
  /** The value axis's width, on the left, or on the right when `valueAxisRight`. */
  axisWidth: number;
  valueAxisRight: boolean;
  formatValue: (value: number) => string;
  formatYear: (year: number) => string;
}

export function StackedYearBars<K extends string, R extends { year: number } & Record<K, number>>({
  rows,
  series,
  total,
  height,
  axisWidth,
  valueAxisRight,
  formatValue,
  formatYear,
}: StackedYearBarsProps<K, R>) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(UNMEASURED_WIDTH);

  return (
    <div ref={ref} className="w-full" style={{ height }}>
      {width > 0 && rows.length > 0 && (
        <Drawing
          rows={rows}
          series={series}
          total={total}
          width={width}
          height={height}
          axisWidth={axisWidth}
          valueAxisRight={valueAxisRight}
          formatValue={formatValue}
          formatYear={formatYear}
        />
      )}
    </div>
  );
}

function Drawing<K extends string, R extends { year: number } & Record<K, number>>({
  rows,
  series,
  total,
  width,
  height,
  axisWidth,
  valueAxisRight,
  formatValue,
  formatYear,
}: StackedYearBarsProps<K, R> & { width: number }) {
  const plotLeft = valueAxisRight ? AXIS_GAP : axisWidth;
  const plotRight = width - (valueAxisRight ? axisWidth : AXIS_GAP);
  const plotTop = MARGIN_TOP;
  const plotBottom = height - AXIS_HEIGHT;
  const plotWidth = Math.max(1, plotRight - plotLeft);

  const totals = rows.map(total);
  const stacked = rows.map((row) =>
    series.reduce((sum, { key }) => sum + Math.max(0, row[key]), 0),
  );
  const max = Math.max(1, ...totals, ...stacked);
  // Whole numbers only: these are counts.
  const [, top] = nice(0, max, 5);
  const valueTicks = ticks(0, top, 5).filter(Number.isInteger);
  const y = (v: number) => plotBottom - (v / top) * (plotBottom - plotTop);

  const idBase = useId().replace(/:/g, "");
  const fillOf = new Map(
    series.map((s) => [
      s.key,
      s.pattern && s.pattern !== "solid" ? `url(#${idBase}-${s.key})` : s.color,
    ]),
  );

  const band = plotWidth / rows.length;
  const barWidth = band * 0.8;
  // Years run left to right in every language; labels are thinned so that they never overlap.
  const yearLabels = rows.map((row) => formatYear(row.year));
  const widest = Math.max(...yearLabels.map((l) => textWidth(l))) + YEAR_LABEL_GAP;
  const every = Math.max(1, Math.ceil(widest / band));

  return (
    <PlainSvg width={width} height={height}>
      <defs>
        {series.map((s) =>
          s.pattern && s.pattern !== "solid" ? (
            <PatternDef key={s.key} id={`${idBase}-${s.key}`} pattern={s.pattern} color={s.color} />
          ) : null,
        )}
      </defs>
      <g data-grid="">
        {valueTicks.map((v) => (
          <line
            key={v}
            x1={plotLeft}
            x2={plotRight}
            y1={y(v)}
            y2={y(v)}
            stroke="var(--chart-grid)"
            strokeWidth={1}
          />
        ))}
      </g>
      <g data-axis="value">
        {valueTicks.map((v) => (
          <text
            key={v}
            x={valueAxisRight ? plotRight + 6 : plotLeft - 6}
            y={y(v)}
            dy="0.32em"
            textAnchor={valueAxisRight ? "start" : "end"}
            fontSize={TICK_PX}
            fill="var(--chart-axis)"
          >
            {formatValue(v)}
          </text>
        ))}
      </g>
      <g data-axis="year">
        <line
          x1={plotLeft}
          x2={plotRight}
          y1={plotBottom}
          y2={plotBottom}
          stroke="var(--chart-grid)"
        />
        {rows.map((row, i) =>
          i % every === 0 ? (
            <text
              key={row.year}
              x={plotLeft + band * (i + 0.5)}
              y={plotBottom + 16}
              textAnchor="middle"
              fontSize={TICK_PX}
              fill="var(--chart-axis)"
            >
              {yearLabels[i]}
            </text>
          ) : null,
        )}
      </g>
      <g data-bars="">
        {rows.map((row, i) => {
          const x = plotLeft + band * i + (band - barWidth) / 2;
          let base = 0;
          return (
            <g key={row.year} data-year={row.year}>
              {series.map(({ key }) => {
                const value = row[key];
                if (!(value > 0)) return null;
                const from = base;
                base += value;
                return (
                  <rect
                    key={key}
                    data-series={key}
                    x={x}
                    y={y(base)}
                    width={barWidth}
                    height={y(from) - y(base)}
                    fill={fillOf.get(key)}
                    stroke="var(--card)"
                    strokeWidth={1}
                  />
                );
              })}
              {totals[i]! > 0 && (
                <text
                  data-total=""
                  x={x + barWidth / 2}
                  y={y(base) - 6}
                  textAnchor="middle"
                  fontSize={TICK_PX}
                  fill="var(--foreground)"
                >
                  {formatValue(totals[i]!)}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </PlainSvg>
  );
}
