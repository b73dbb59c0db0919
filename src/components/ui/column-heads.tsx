import type { ReactNode } from "react";

/**
 * A table's row of column headers, one a label, each styled by `className` (use `last:` for
 * what the last column does differently).
 */
export function ColumnHeads({
  labels,
  className,
  rowClassName,
}: {
  labels: readonly ReactNode[];
  className: string;
  rowClassName: string;
}) {
  return (
    <tr className={rowClassName}>
      {labels.map((label, i) => (
        <th key={i} scope="col" className={className}>
          {label}
        </th>
      ))}
    </tr>
  );
}
