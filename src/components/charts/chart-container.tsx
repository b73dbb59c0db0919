import type { CSSProperties, ComponentProps, ReactElement } from "react";
import { ResponsiveContainer } from "recharts";
import { cn } from "@/lib/cn";
import type { ChartConfig } from "./chart-config";

/**
 * Sizes a Recharts chart and exposes each series' colour as `--color-<key>`, so marks use
 * `fill="var(--color-operational)"` and follow the light/dark tokens.
 *
 * The SVG is always laid out left to right: in a right-to-left page SVG's `text-anchor` start/end
 * would swap sides and push axis labels into the plot. Right-to-left reading is done by the chart
 * itself (axes on the right, reversed category axes) and by isolating mixed labels (lib/format
 * `isolate`); tooltips are HTML and keep the page's direction.
 */
export function ChartContainer({
  config,
  height = 300,
  className,
  style,
  children,
  ...props
}: ComponentProps<"div"> & { config: ChartConfig; height?: number; children: ReactElement }) {
  const vars = Object.fromEntries(
    Object.entries(config).map(([key, v]) => [`--color-${key}`, v.color]),
  );
  return (
    <div
      data-chart=""
      className={cn(
        "w-full text-xs [&_.recharts-cartesian-axis-tick_text]:fill-[var(--chart-axis)] [&_svg]:[direction:ltr]",
        className,
      )}
      style={{ ...vars, height, ...style } as CSSProperties}
      {...props}
    >
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}
