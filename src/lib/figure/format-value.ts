import {
  formatNumber,
  formatPartialDate,
  formatSigned,
  formatUnit,
  formatUsdMillions,
  formatUsdMillionsShort,
  formatYear,
  type FormatSettings,
} from "../format";
import type { FigureValue, ValueUnit } from "./figure";

/**
 * A figure's value as text in the reader's language and digits. `short` is the axis and bar-label
 * form ("US$1.91bn"); the long form is for tables, alt text and notes. Null is written with
 * `notReported` (the caller's words for "not reported"), never as zero.
 */
export function formatValue(
  value: FigureValue,
  unit: ValueUnit,
  settings: FormatSettings,
  options: { short?: boolean; notReported?: string } = {},
): string {
  if (value === null) return options.notReported ?? "—";
  if (typeof value === "string")
    return unit === "date" ? formatPartialDate(value, settings) : value;
  switch (unit) {
    case "usd-millions":
      return options.short
        ? formatUsdMillionsShort(value, settings)
        : formatUsdMillions(value, settings);
    case "mw":
      return options.short ? formatNumber(value, settings, 0) : formatUnit(value, "MW", settings);
    case "year":
      return formatYear(value, settings);
    case "months":
      // A delay: signed, with a true minus, isolated in Urdu.
      return formatSigned(value, settings, 0);
    case "count":
    case "text":
    case "date":
      return formatNumber(value, settings, unit === "count" ? 0 : 2);
  }
}

/** The plain number of a value for a CSV cell: no grouping, a dot for decimals, Latin digits. */
export function csvNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}
