import type { ValueUnit } from "../figure";
import type { DeckWords } from "./types";

/**
 * How a native chart writes a figure's values: the numbers it stores (the figure's, divided by
 * `divisor` when the unit is a money scale), PowerPoint's number format for the axis and the data
 * labels, and the unit the axis title states. The data sheet holds the stored numbers, so a
 * presenter reads "25.4" under "Investment (US$ billion)" rather than a rounded label.
 */
export interface ValueScale {
  divisor: number;
  /** An Excel number format code. */
  code: string;
  /** The unit in words for the axis title, or null when the label says it (counts, years). */
  unit: string | null;
}

/** Grouping and as many decimals as the largest value needs to show three digits. */
function codeFor(max: number): string {
  if (max >= 100) return "#,##0";
  if (max >= 10) return "#,##0.0";
  return "#,##0.00";
}

export function valueScale(
  unit: ValueUnit,
  values: readonly number[],
  words: DeckWords,
): ValueScale {
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  switch (unit) {
    case "usd-millions": {
      const { large, small } = words.units.usd;
      const scale = max >= large.divisor ? large : small;
      return { divisor: scale.divisor, code: codeFor(max / scale.divisor), unit: scale.label };
    }
    case "count":
      return { divisor: 1, code: "#,##0", unit: null };
    case "mw":
      return { divisor: 1, code: codeFor(max), unit: words.units.mw };
    case "months":
      return { divisor: 1, code: "+0;-0;0", unit: words.units.months };
    case "year":
      return { divisor: 1, code: "0", unit: null };
    case "date":
    case "text":
      return { divisor: 1, code: "General", unit: null };
  }
}

/** A stored value: the figure's number over the divisor, without binary noise (1912.2/1000). */
export function scaled(value: number, scale: ValueScale): number {
  if (scale.divisor === 1) return value;
  return Math.round((value / scale.divisor) * 1e9) / 1e9;
}

/**
 * The axis title: the figure's value label with the unit stated. A unit the label already gives in
 * brackets ("Investment (US$)") is replaced, since the chart's numbers are in the scale named here.
 */
export function axisTitle(valueLabel: string, scale: ValueScale, words: DeckWords): string {
  if (!scale.unit) return valueLabel;
  const base = valueLabel.replace(/\s*[(（][^()（）]*[)）]\s*$/u, "");
  return words.axisTitle(base, scale.unit);
}
