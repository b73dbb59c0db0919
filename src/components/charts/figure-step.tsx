import { Area, AreaChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import type { StepFigure } from "@/lib/figure/figure";
import { formatValue } from "@/lib/figure/format-value";
import { formatYear, isolate, isRtl } from "@/lib/format";
import { ChartContainer } from "./chart-container";

const tick = { fill: "var(--chart-axis)", fontSize: 12 };

/**
 * A cumulative step figure on screen, on the figure's own time axis (shared with its siblings).
 * The last step is drawn through the data-as-of day (a closing point there) and its value
 * labelled. Time runs left to right in every language; in Urdu the value axis moves to the right.
 */
export function FigureStep({ figure }: { figure: StepFigure }) {
  const rtl = isRtl(figure.lang);
  const short = (v: number) =>
    isolate(formatValue(v, figure.valueUnit, figure.format, { short: true }));
  const last = figure.points.at(-1);
  const { from, to } = figure.years;
  const rows = last ? [...figure.points, { year: to, value: last.value, closing: true }] : [];
  // A tick at the start of every year the axis shows; Recharts thins them where they would touch.
  const ticks = Array.from({ length: Math.floor(to) - from + 1 }, (_, i) => from + i);
  const widest = Math.max(0, ...figure.points.map((p) => short(p.value).length));
  return (
    <ChartContainer
      config={{ value: { label: figure.valueLabel, color: `var(--${figure.color})` } }}
      height={280}
    >
      <AreaChart
        data={rows}
        margin={rtl ? { left: 16, right: 8, top: 24 } : { left: 8, right: 16, top: 24 }}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis
          dataKey="year"
          type="number"
          domain={[from, to]}
          ticks={ticks}
          interval="preserveStart"
          allowDecimals={false}
          tick={tick}
          stroke="var(--chart-grid)"
          tickFormatter={(y) => formatYear(Number(y), figure.format)}
        />
        <YAxis
          orientation={rtl ? "right" : "left"}
          tickFormatter={(v) => short(Number(v))}
          tick={tick}
          stroke="var(--chart-grid)"
          width={Math.max(48, widest * 7 + 12)}
        />
        <Area
          type="stepAfter"
          dataKey="value"
          name={figure.valueLabel}
          stroke="var(--color-value)"
          fill="var(--color-value)"
          fillOpacity={0.2}
          strokeWidth={2}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="value"
            position="top"
            content={({ x, y, index }) =>
              // The last step's value, written at its end (the closing point), inside the plot.
              index === figure.points.length &&
              last &&
              Number.isFinite(Number(x)) &&
              Number.isFinite(Number(y)) ? (
                <text
                  x={Number(x)}
                  y={Number(y) - 8}
                  fill="var(--foreground)"
                  fontSize={12}
                  fontWeight={600}
                  textAnchor="end"
                >
                  {short(last.value)}
                </text>
              ) : null
            }
          />
        </Area>
      </AreaChart>
    </ChartContainer>
  );
}
