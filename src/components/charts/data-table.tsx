import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

export interface Column<Row> {
  key: string;
  header: string;
  /** The cell's content; numbers arrive already formatted by lib/format. */
  cell: (row: Row) => ReactNode;
  align?: "start" | "end";
}

/** An accessible table of a chart's rows: the chart's twin for screen readers and for checking. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  className,
  ...props
}: ComponentProps<"table"> & {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  return (
    <div className="relative overflow-x-auto">
      <table className={cn("w-full border-collapse text-sm", className)} {...props}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-border">
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={cn(
                  "px-2 py-1.5 font-semibold text-muted-foreground",
                  c.align === "end" ? "text-end" : "text-start",
                )}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-border/60 last:border-0">
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row" className="px-2 py-1.5 text-start font-normal">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td
                    key={c.key}
                    className={cn(
                      "px-2 py-1.5 tabular-nums",
                      c.align === "end" ? "text-end" : "text-start",
                    )}
                  >
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
