/** Labels and colours of a chart's series, keyed by data id (never by display text). */
export type ChartConfig = Record<string, { label: string; color: string }>;

/** The CSS custom property a series' colour is exposed as inside its ChartContainer. */
export function seriesColorVar(key: string): string {
  return `var(--color-${key})`;
}
