import { useTranslation } from "react-i18next";
import type { Figure, FigureValue } from "@/lib/figure/figure";
import { formatValue } from "@/lib/figure/format-value";
import { DataTable } from "./data-table";

type Row = Readonly<Record<string, FigureValue>>;

/**
 * A figure's table twin: exactly the rows the figure draws, one column per field, numbers written
 * for the reader's language and digits, "not reported" where a value is null.
 */
export function FigureTable({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const notReported = t("figure.words.notReported");
  const { fields, rows } = figure.table;
  const index = new Map(rows.map((r, i) => [r, i]));
  return (
    <DataTable<Row>
      caption={figure.title}
      rows={rows}
      rowKey={(r) => String(index.get(r))}
      columns={fields.map((f) => ({
        key: f.key,
        header: f.label,
        align: f.unit === "text" || f.unit === "date" ? "start" : "end",
        cell: (r: Row) => formatValue(r[f.key] ?? null, f.unit, figure.format, { notReported }),
      }))}
    />
  );
}
