import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { PointsFigure } from "@/lib/figure/figure";
import { formatValue } from "@/lib/figure/format-value";
import { formatPartialDate, formatYear, isolate, isRtl } from "@/lib/format";
import { ChartContainer } from "./chart-container";

const tick = { fill: "var(--chart-axis)", fontSize: 12 };

/** The earliest day a partial ISO date can mean, in ms. */
function timeOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}

/**
 * A points figure on screen: each statement a dot on a time axis, one series per group, and no
 * line joining statements of different scope.
 */
export function FigurePoints({ figure }: { figure: PointsFigure }) {
  const rtl = isRtl(figure.lang);
  const short = (v: number) =>
    isolate(formatValue(v, figure.valueUnit, figure.format, { short: true }));
  const long = (v: number) => formatValue(v, figure.valueUnit, figure.format);
  const config = Object.fromEntries(
    figure.groups.map((g) => [g.key, { label: g.label, color: `var(--${g.color})` }]),
  );
  const rows = figure.points.map((p) => ({ ...p, time: timeOf(p.date) }));
  const years = rows.map((r) => new Date(r.time).getUTCFullYear());
  const from = Date.UTC(Math.min(...years), 0, 1);
  const to = Date.UTC(Math.max(...years) + 1, 0, 1);
  const widest = Math.max(0, ...rows.map((r) => short(r.value).length));
  return (
    <ChartContainer config={config} height={260}>
      <ScatterChart
        margin={rtl ? { left: 16, right: 8, top: 8 } : { left: 8, right: 16, top: 8 }}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis
          dataKey="time"
          type="number"
          domain={rows.length > 0 ? [from, to] : ["auto", "auto"]}
          tick={tick}
          stroke="var(--chart-grid)"
          tickFormatter={(v) => formatYear(new Date(Number(v)).getUTCFullYear(), figure.format)}
        />
        <YAxis
          dataKey="value"
          orientation={rtl ? "right" : "left"}
          tick={tick}
          stroke="var(--chart-grid)"
          width={Math.max(48, widest * 7 + 12)}
          tickFormatter={(v) => short(Number(v))}
        />
        <ZAxis range={[60, 60]} />
        <Tooltip
          formatter={(v, name) => (name === "value" ? long(Number(v)) : String(v))}
          labelFormatter={() => ""}
          content={({ payload }) => {
            const p = payload?.[0]?.payload as (typeof rows)[number] | undefined;
            return p ? (
              <div className="rounded-md border border-border bg-card p-2 text-xs text-foreground shadow">
                <p className="font-semibold">{long(p.value)}</p>
                <p>{formatPartialDate(p.date, figure.format)}</p>
                <p className="max-w-64">{p.label}</p>
              </div>
            ) : null;
          }}
        />
        {figure.groups.map((g) => (
          <Scatter
            key={g.key}
            name={g.label}
            data={rows.filter((r) => r.group === g.key)}
            fill={`var(--color-${g.key})`}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </ChartContainer>
  );
}
