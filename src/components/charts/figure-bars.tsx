import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  usePlotArea,
  useXAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import type { BarsFigure } from "@/lib/figure/figure";
import { formatValue } from "@/lib/figure/format-value";
import { isolate, isRtl } from "@/lib/format";
import { ChartContainer } from "./chart-container";

const tick = { fill: "var(--chart-axis)", fontSize: 12 };

/** Room for the category names: the longest, at about 0.6 em a glyph (a full em in Chinese). */
function labelRoom(labels: readonly string[]): number {
  const widest = Math.max(
    0,
    ...labels.map((l) => [...l].reduce((w, c) => w + (c.codePointAt(0)! >= 0x2e80 ? 12 : 7), 0)),
  );
  return Math.min(190, Math.max(80, widest + 12));
}

/**
 * The words "not reported" where the bars of the rows without a value would start. Recharts
 * leaves a zero-length bar out, with its label, so these are drawn apart, from the plot area and
 * the value axis's scale; the category axis is a band of equal rows.
 */
function NotReportedLabels({
  rows,
  rtl,
  words,
}: {
  rows: readonly { key: string; reported: boolean }[];
  rtl: boolean;
  words: string;
}) {
  const plot = usePlotArea();
  const x = useXAxisScale();
  if (!plot || !x || rows.length === 0) return null;
  const start = Number(x(0));
  const band = plot.height / rows.length;
  // Before Recharts has measured the plot, its scale has no range yet.
  if (!Number.isFinite(start) || !Number.isFinite(band)) return null;
  return (
    <g>
      {rows.map((r, i) =>
        r.reported ? null : (
          <text
            key={r.key}
            x={rtl ? start - 6 : start + 6}
            y={plot.y + band * (i + 0.5)}
            dy="0.35em"
            fill="var(--muted-foreground)"
            fontSize={12}
            fontStyle="italic"
            textAnchor={rtl ? "end" : "start"}
          >
            {words}
          </text>
        ),
      )}
    </g>
  );
}

/**
 * A bars figure on screen: one horizontal bar per category in its colour token, the value at the
 * bar's end. In Urdu the names sit on the right and the bars grow leftwards. A value that is not
 * reported is written so, at the axis, never drawn as a zero bar.
 */
export function FigureBars({ figure }: { figure: BarsFigure }) {
  const { t } = useTranslation();
  const rtl = isRtl(figure.lang);
  const short = (v: number) =>
    isolate(formatValue(v, figure.valueUnit, figure.format, { short: true }));
  const notReported = t("figure.words.notReported", { lng: figure.lang });
  // A value not reported gets no bar and the words "not reported" at its place.
  const rows = figure.bars.map((b) => ({ ...b, shown: b.value ?? 0, reported: b.value !== null }));
  const valueRoom = figure.valueUnit === "usd-millions" ? 84 : 44;
  const config = Object.fromEntries(
    figure.bars.map((b) => [b.key, { label: b.label, color: `var(--${b.color})` }]),
  );
  return (
    <ChartContainer config={config} height={Math.max(120, rows.length * 40 + 40)}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={rtl ? { left: valueRoom, right: 8 } : { left: 8, right: valueRoom }}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          reversed={rtl}
          allowDecimals={figure.valueUnit !== "count"}
          tickFormatter={(v) => short(Number(v))}
          tick={tick}
          stroke="var(--chart-grid)"
        />
        <YAxis
          type="category"
          dataKey="label"
          orientation={rtl ? "right" : "left"}
          width={labelRoom(rows.map((r) => r.label))}
          tick={tick}
          stroke="var(--chart-grid)"
        />
        <Bar
          dataKey="shown"
          name={figure.valueLabel}
          isAnimationActive={false}
          radius={rtl ? [3, 0, 0, 3] : [0, 3, 3, 0]}
        >
          {rows.map((r) => (
            <Cell key={r.key} fill={`var(--color-${r.key})`} />
          ))}
          <LabelList
            dataKey="shown"
            position="right"
            content={({ x, y, width, height, index }) => {
              const row = index === undefined ? undefined : rows[index];
              if (!row || !row.reported) return null;
              const cy = Number(y) + Number(height) / 2;
              return (
                <text
                  // The bar's far end, whichever way it grows (Recharts may give a negative width).
                  x={
                    rtl
                      ? Math.min(Number(x), Number(x) + Number(width)) - 6
                      : Math.max(Number(x), Number(x) + Number(width)) + 6
                  }
                  y={cy}
                  dy="0.35em"
                  fill="var(--foreground)"
                  fontSize={12}
                  textAnchor={rtl ? "end" : "start"}
                >
                  {short(row.shown)}
                </text>
              );
            }}
            fill="var(--foreground)"
            fontSize={12}
          />
        </Bar>
        <NotReportedLabels rows={rows} rtl={rtl} words={notReported} />
      </BarChart>
    </ChartContainer>
  );
}
