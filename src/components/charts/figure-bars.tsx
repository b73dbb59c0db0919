import { nice, ticks } from "d3-array";
import { useTranslation } from "react-i18next";
import { useMeasuredWidth } from "@/components/ui/use-measured-width";
import type { BarsFigure } from "@/lib/figure/figure";
import { formatValue } from "@/lib/figure/format-value";
import { isolate, isRtl } from "@/lib/format";
import { PlainSvg } from "./plain-svg";
import { TICK_PX, textWidth, wrapLabel } from "./tick-text";

/**
 * A bars figure on screen: one horizontal bar per category in its colour token, the value at the
 * bar's end. In Urdu the names sit on the right and the bars grow leftwards. A value that is not
 * reported is written so, at the axis, never drawn as a zero bar.
 *
 * Plain SVG drawn from the figure's value, as the Documents and Meetings charts are (see
 * stacked-year-bars): the Overview's bar charts are in a desktop's first screen, and Recharts
 * would bring its code and its cascade of renders to the page's start for a few rectangles.
 */

/** Where no width can be measured (a test's DOM): the chart is drawn at this width. */
const UNMEASURED_WIDTH = 640;
const ROW_PX = 40;
const TOP = 5;
const AXIS_HEIGHT = 30;
const EDGE = 8;
const LINE_PX = 14;

/** Room for the category names: the longest, up to 190 px (longer names wrap). */
function labelRoom(labels: readonly string[]): number {
  return Math.min(190, Math.max(80, Math.max(0, ...labels.map((l) => textWidth(l))) + 12));
}

export function FigureBars({ figure }: { figure: BarsFigure }) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(UNMEASURED_WIDTH);
  const height = Math.max(120, figure.bars.length * ROW_PX + 40);
  return (
    <div ref={ref} data-chart="" className="w-full" style={{ height }}>
      {width > 0 && figure.bars.length > 0 && (
        <Drawing figure={figure} width={width} height={height} />
      )}
    </div>
  );
}

function Drawing({ figure, width, height }: { figure: BarsFigure; width: number; height: number }) {
  const { t } = useTranslation();
  const rtl = isRtl(figure.lang);
  const short = (v: number) =>
    isolate(formatValue(v, figure.valueUnit, figure.format, { short: true }));
  const notReported = t("figure.words.notReported", { lng: figure.lang });
  const labelWidth = labelRoom(figure.bars.map((b) => b.label));
  const valueRoom = figure.valueUnit === "usd-millions" ? 84 : 44;
  // The plot lies between the names and the room kept for the longest bar's value.
  const left = rtl ? valueRoom : EDGE + labelWidth;
  const right = width - (rtl ? EDGE + labelWidth : valueRoom);
  const plot = Math.max(1, right - left);
  const bottom = height - AXIS_HEIGHT;
  const band = (bottom - TOP) / figure.bars.length;
  const thickness = band * 0.8;

  const max = Math.max(0, ...figure.bars.map((b) => b.value ?? 0));
  const [, top] = nice(0, max > 0 ? max : 1, 5);
  const valueTicks = ticks(0, top, 5).filter(
    (v) => figure.valueUnit !== "count" || Number.isInteger(v),
  );
  // Zero at the names' side; the bars grow away from them.
  const at = (v: number) => (rtl ? right - (v / top) * plot : left + (v / top) * plot);
  const zero = at(0);
  const away = rtl ? -1 : 1;
  const outward = rtl ? "end" : "start";

  return (
    <PlainSvg width={width} height={height}>
      <g data-grid="">
        {valueTicks.map((v) => (
          <line key={v} x1={at(v)} x2={at(v)} y1={TOP} y2={bottom} stroke="var(--chart-grid)" />
        ))}
      </g>
      <g data-axis="value">
        <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="var(--chart-grid)" />
        {valueTicks.map((v) => (
          <text
            key={v}
            x={at(v)}
            y={bottom + 18}
            textAnchor="middle"
            fontSize={TICK_PX}
            fill="var(--chart-axis)"
          >
            {short(v)}
          </text>
        ))}
      </g>
      <g data-axis="category">
        <line x1={zero} x2={zero} y1={TOP} y2={bottom} stroke="var(--chart-grid)" />
        {figure.bars.map((b, i) => {
          const lines = wrapLabel(b.label, labelWidth - 12);
          const middle = TOP + band * (i + 0.5);
          return (
            <text
              key={b.key}
              x={rtl ? right + EDGE : left - EDGE}
              y={middle - ((lines.length - 1) * LINE_PX) / 2}
              textAnchor={rtl ? "start" : "end"}
              fontSize={TICK_PX}
              fill="var(--chart-axis)"
            >
              {lines.map((line, j) => (
                <tspan
                  key={j}
                  x={rtl ? right + EDGE : left - EDGE}
                  dy={j === 0 ? "0.35em" : LINE_PX}
                >
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
      <g data-bars="">
        {figure.bars.map((b, i) => {
          const y = TOP + band * i + (band - thickness) / 2;
          const middle = y + thickness / 2;
          if (b.value === null)
            return (
              <text
                key={b.key}
                x={zero + away * 6}
                y={middle}
                dy="0.35em"
                textAnchor={outward}
                fontSize={TICK_PX}
                fontStyle="italic"
                fill="var(--muted-foreground)"
              >
                {notReported}
              </text>
            );
          const end = at(Math.max(0, b.value));
          const length = Math.abs(end - zero);
          const r = Math.min(3, length / 2, thickness / 2);
          // Square at the axis, rounded at the far end.
          const d = rtl
            ? `M${zero},${y}H${end + r}a${r},${r} 0 0 0 ${-r},${r}V${y + thickness - r}a${r},${r} 0 0 0 ${r},${r}H${zero}Z`
            : `M${zero},${y}H${end - r}a${r},${r} 0 0 1 ${r},${r}V${y + thickness - r}a${r},${r} 0 0 1 ${-r},${r}H${zero}Z`;
          return (
            <g key={b.key}>
              {length > 0 && <path data-bar={b.key} d={d} fill={`var(--${b.color})`} />}
              <text
                x={end + away * 6}
                y={middle}
                dy="0.35em"
                textAnchor={outward}
                fontSize={TICK_PX}
                fill="var(--foreground)"
              >
                {short(b.value)}
              </text>
            </g>
          );
        })}
      </g>
    </PlainSvg>
  );
}
