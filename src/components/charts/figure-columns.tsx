import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ColumnsFigure } from "@/lib/figure/figure";
import { formatValue } from "@/lib/figure/format-value";
import { formatYear, isolate, isRtl } from "@/lib/format";
import { PatternDef, StackedYearBars } from "./stacked-year-bars";

type Row = { year: number } & Record<string, number>;

/**
 * A columns figure on screen: a bar per year stacked by series, its total above it, with the
 * legend in words beside the colours. Years run left to right in every language; in Urdu the
 * value axis is on the right.
 */
export function FigureColumns({
  figure,
  height = 280,
}: {
  figure: ColumnsFigure;
  height?: number;
}) {
  const { t } = useTranslation();
  const legendId = useId().replace(/:/g, "");
  const rows: Row[] = figure.columns.map((c) => ({ year: c.year, ...c.values }) as Row);
  // Chart text is isolated so Urdu digits and years keep their order inside the SVG.
  const value = (v: number) => isolate(formatValue(v, figure.valueUnit, figure.format));
  return (
    <>
      <ul aria-label={t("figure.legend")} className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {figure.legend.map((item, i) => (
          <li key={item.label} className="flex items-center gap-1.5">
            {/* The swatch textured as the series' bars are. */}
            <svg aria-hidden="true" width={12} height={12} className="shrink-0 rounded-sm">
              {item.pattern && item.pattern !== "solid" && (
                <defs>
                  <PatternDef
                    id={`${legendId}-${i}`}
                    pattern={item.pattern}
                    color={`var(--${item.color})`}
                  />
                </defs>
              )}
              <rect
                width={12}
                height={12}
                rx={2}
                data-pattern={item.pattern ?? "solid"}
                fill={
                  item.pattern && item.pattern !== "solid"
                    ? `url(#${legendId}-${i})`
                    : `var(--${item.color})`
                }
              />
            </svg>
            {item.label}
          </li>
        ))}
      </ul>
      <StackedYearBars
        rows={rows}
        series={figure.series.map((s) => ({
          key: s.key,
          color: `var(--${s.color})`,
          pattern: s.pattern,
        }))}
        total={(r) => figure.series.reduce((sum, s) => sum + (r[s.key] ?? 0), 0)}
        height={height}
        axisWidth={36}
        valueAxisRight={isRtl(figure.lang)}
        formatValue={value}
        formatYear={(y) => isolate(formatYear(y, figure.format))}
      />
    </>
  );
}
