import type { Translate } from "@/lib/figure/context";
import type { GanttData, GanttGrouping, GanttRow } from "@/data/selectors/gantt";
import { projectName } from "@/shared/project-name";
import type { Format } from "@/shared/use-format";

/** What the Gantt's list draws, in order: a heading per group, then its rows. */
export type GanttEntry =
  | { type: "group"; key: string; label: string; count: number }
  | { type: "row"; row: GanttRow; index: number };

/** The groups' headings and rows as one list; `index` counts the rows alone (the focus order). */
export function ganttEntries(data: GanttData, grouping: GanttGrouping, t: Translate): GanttEntry[] {
  const list: GanttEntry[] = [];
  let index = 0;
  for (const g of data.groups) {
    list.push({
      type: "group",
      key: g.key,
      label: t(`${grouping}.${g.key}`),
      count: g.rows.length,
    });
    for (const row of g.rows) list.push({ type: "row", row, index: index++ });
  }
  return list;
}

function delayKey(row: GanttRow, spoken: boolean): { key: string; count: number } | null {
  if (row.delayMonths === null) return null;
  const years = row.delayPrecision === "year";
  const count = Math.abs(years ? row.delayMonths / 12 : row.delayMonths);
  const tail = spoken ? "Spoken" : "";
  if (row.delayMonths === 0)
    return { key: years ? `gantt.delay.sameYear${tail}` : "gantt.delay.onTime", count };
  const way = row.delayMonths > 0 ? "late" : "early";
  return { key: `gantt.delay.${way}${years ? "Years" : "Months"}${tail}`, count };
}

/** The short delay in the row's last column ("+3 mo"); empty without both completions. */
export function delayText(row: GanttRow, t: Translate, format: Format): string {
  const d = delayKey(row, false);
  return d ? t(d.key, { count: d.count, n: format.number(d.count) }) : "";
}

/** The delay as a sentence for a screen reader ("3 months late"). */
export function delaySpoken(row: GanttRow, t: Translate, format: Format): string {
  const d = delayKey(row, true);
  return d ? t(d.key, { count: d.count, n: format.number(d.count) }) : "";
}

/** Between sentences: Urdu ends one with "۔", Chinese with "。" (no space after). */
const SENTENCE_BREAK: Record<Format["lang"], string> = { en: ". ", ur: "۔ ", zh: "。" };

/**
 * What a row says besides its name, for its accessible description: status, start, completion
 * (or "under way"), planned completion and the delay, as sentences. The row's accessible name is
 * its visible name alone (WCAG 2.5.3, Label in Name).
 */
export function rowFacts(row: GanttRow, t: Translate, format: Format): string {
  const date = (d: string) => format.partialDate(d);
  return [
    t(`status.${row.status}`),
    t("gantt.label.start", { date: row.start ? date(row.start.date) : t("gantt.notReported") }),
    row.completion
      ? t("gantt.label.completion", { date: date(row.completion.date) })
      : row.bar?.end === "today"
        ? t("gantt.label.underWay")
        : null,
    row.plannedCompletion
      ? t("gantt.label.planned", { date: date(row.plannedCompletion.date) })
      : null,
    delaySpoken(row, t, format) || null,
  ]
    .filter(Boolean)
    .join(SENTENCE_BREAK[format.lang]);
}

/** The name a row shows, in the reader's language where a source gives it. */
export function rowName(row: GanttRow, format: Format): string {
  return projectName(row, format.lang);
}
