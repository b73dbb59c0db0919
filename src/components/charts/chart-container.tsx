import type { CSSProperties, ComponentProps, ReactElement } from "react";
import { ResponsiveContainer } from "recharts";
import { cn } from "@/lib/cn";
import type { ChartConfig } from "./chart-config";

/**
 * Sizes a Recharts chart and exposes each series' colour as `--color-<key>`, so marks use
 * `fill="var(--color-operational)"` and follow the light/dark tokens.
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
        "w-full text-xs [&_.recharts-cartesian-axis-tick_text]:fill-[var(--chart-axis)]",
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
