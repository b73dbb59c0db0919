import type { Sector, Status } from "./schema";

/** Colour tokens per sector and status: every feature colours the same thing the same way. */
export const SECTOR_COLORS: Record<Sector, string> = {
  energy: "var(--chart-1)",
  transport: "var(--chart-2)",
  gwadar: "var(--chart-3)",
  industrial: "var(--chart-4)",
  social: "var(--chart-5)",
  "science-technology": "var(--chart-6)",
  agriculture: "var(--chart-7)",
  other: "var(--chart-8)",
};

export const STATUS_COLORS: Record<Status, string> = {
  planned: "var(--status-planned)",
  "under-construction": "var(--status-under-construction)",
  "partially-operational": "var(--status-partially-operational)",
  operational: "var(--status-operational)",
  suspended: "var(--status-suspended)",
  cancelled: "var(--status-cancelled)",
};
