import { toCsv, type CsvCell } from "../csv";
import { formatPartialDate, type FormatSettings } from "../format";
import type { Translate } from "./context";
import type { Figure, ValueUnit } from "./figure";

/** Units named in a CSV header: the numbers under them are plain (no grouping, no scale words). */
const UNIT_KEYS: Partial<Record<ValueUnit, string>> = {
  "usd-millions": "figure.csv.unit.usdMillions",
  mw: "figure.csv.unit.mw",
  months: "figure.csv.unit.months",
  date: "figure.csv.unit.date",
};

/**
 * The figure's data as CSV: exactly the rows it draws, one column per field with its unit in the
 * header, plain numbers (a dot for decimals), empty cells where a value is not reported, and the
 * caption (title, subtitle, notes, source, data as of, filters, link) as `#` comment lines.
 */
export function figureCsv(figure: Figure, t: Translate, format: FormatSettings): string {
  const columns = figure.table.fields.map((f) => {
    const unit = UNIT_KEYS[f.unit];
    return unit ? `${f.label} (${t(unit)})` : f.label;
  });
  const rows = figure.table.rows.map((row) =>
    Object.fromEntries(
      figure.table.fields.map((f, i): [string, CsvCell] => [columns[i]!, row[f.key] ?? null]),
    ),
  );
  const comments = [
    figure.title,
    ...(figure.subtitle ? [figure.subtitle] : []),
    ...figure.notes,
    t("chart.source", { source: figure.sourceLine }),
    ...(figure.sources.primary
      ? [t("figure.caption.primary", { publisher: figure.sources.primary.publisher })]
      : []),
    t("chart.asOf", { date: formatPartialDate(figure.asOf, format) }),
    t("export.footer.version", { version: figure.datasetVersion }),
    figure.filters.length > 0
      ? t("export.footer.filters", { list: figure.filters.join("; ") })
      : t("export.footer.noFilters"),
    t("export.footer.link", { url: figure.link }),
  ];
  return toCsv({ comments, columns, rows });
}
