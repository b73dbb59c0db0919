import { formatYear, type FormatSettings } from "../../format";

/** Category and date axes of the native charts. */

/**
 * Every how-many-th category label fits under a chart of the slide's width at 14 pt: a digit is
 * about 0.6 em wide, a Chinese character 1 em, anything else 0.55 em, with 0.1 in between labels.
 */
export function labelSkip(labels: readonly string[]): number {
  const em = 14 / 72;
  const width = (label: string) =>
    [...label].reduce(
      (w, ch) => w + (/\p{Nd}/u.test(ch) ? 0.6 : /\p{Script=Han}/u.test(ch) ? 1 : 0.55),
      0,
    ) *
      em +
    0.1;
  const widest = Math.max(...labels.map(width));
  const fit = Math.max(1, Math.floor(11.5 / widest));
  return Math.ceil(labels.length / fit);
}

/**
 * A year as a category label: in the reader's digits, but without 年 in Chinese, as Chinese chart
 * axes write years (and 19 labels of "2007年" wrap in LibreOffice, which ignores label skipping).
 */
export function yearLabel(year: number, format: FormatSettings): string {
  return format.lang === "zh" ? String(year) : formatYear(year, format);
}

/** Excel's serial day (days since 1899-12-30) of a partial ISO date, at the middle of its span. */
export function excelSerial(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const utc =
    m === undefined
      ? Date.UTC(y!, 6, 1)
      : d === undefined
        ? Date.UTC(y!, m - 1, 15)
        : Date.UTC(y!, m - 1, d);
  return utc / 86_400_000 + 25_569;
}
