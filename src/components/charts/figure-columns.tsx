import { useTranslation } from "react-i18next";
import type { ColumnsFigure } from "@/lib/figure/figure";
import { formatValue } from "@/lib/figure/format-value";
import { formatYear, isolate, isRtl } from "@/lib/format";
import { StackedYearBars } from "./stacked-year-bars";

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
  const rows: Row[] = figure.columns.map((c) => ({ year: c.year, ...c.values }) as Row);
  // Chart text is isolated so Urdu digits and years keep their order inside the SVG.
  const value = (v: number) => isolate(formatValue(v, figure.valueUnit, figure.format));
  return (
    <>
      <ul aria-label={t("figure.legend")} className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {figure.legend.map((item) => (
          <li key={item.label} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block size-3 rounded-sm"
              style={{ background: `var(--${item.color})` }}
            />
            {item.label}
          </li>
        ))}
      </ul>
      <StackedYearBars
        rows={rows}
        series={figure.series.map((s) => ({ key: s.key, color: `var(--${s.color})` }))}
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
