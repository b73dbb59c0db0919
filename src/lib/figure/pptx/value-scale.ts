import type { FormatSettings } from "../../format";
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

/**
 * The locale prefix that makes a native chart write Extended Arabic-Indic digits (۰–۹, Urdu's),
 * in Excel's `[$-NNCCLLLL]` form: numeral system 03 (Extended Arabic-Indic), calendar 00 (the
 * locale's default, Gregorian), locale 0x0429 (Persian), whose native digits are the same ones.
 *
 * Urdu's own locale does not do it: LibreOffice 7 (checked by converting to PDF) ignores the
 * numeral-system byte and writes the locale's native digits, and it has none for Urdu (0x0420),
 * so `[$-3000420]`, `[$-2000420]` and `[NatNum1][$-0420]` all stay Latin. With 0x0429 it writes
 * exactly what Intl writes for `ur-PK-u-nu-arabext`: ۱۲٬۳۴۵٫۱ for 12345.1 (Arabic thousands and
 * decimal separators, U+066C and U+066B). PowerPoint reads the numeral system byte itself.
 * The data sheet keeps the numbers as numbers; only their display changes.
 */
export const URDU_DIGITS_LOCALE = "[$-3000429]";

/**
 * A chart number format in the reader's digits: each section of `code` prefixed with the locale
 * above when the reader writes Urdu in Extended Arabic-Indic digits; unchanged otherwise. An
 * empty section (a value that shows nothing) stays empty.
 */
export function formatCodeIn(code: string, format: FormatSettings): string {
  if (format.lang !== "ur" || format.digits !== "arab") return code;
  return code
    .split(";")
    .map((section) => (section === "" ? section : `${URDU_DIGITS_LOCALE}${section}`))
    .join(";");
}
