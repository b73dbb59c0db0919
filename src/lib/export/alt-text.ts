/**
 * Facts for a figure's alt text, read from its table twin as the reader sees it: the largest and
 * smallest value of the first numeric column and, over years, the direction of the change.
 */

export interface TableText {
  headers: string[];
  /** Each row's cells as displayed; the first cell names the row. */
  rows: string[][];
}

export interface TableFacts {
  column: string;
  largest: { label: string; value: string };
  smallest: { label: string; value: string };
  trend?: {
    from: { label: string; value: string };
    to: { label: string; value: string };
    direction: "rising" | "falling" | "flat";
  };
}

export function readTableText(table: HTMLTableElement): TableText {
  const cells = (row: Element) =>
    [...row.querySelectorAll("th, td")].map(
      (c) => c.textContent?.replace(/\s+/g, " ").trim() ?? "",
    );
  const head = table.tHead?.rows[0];
  const body = [...table.tBodies].flatMap((b) => [...b.rows]);
  return { headers: head ? cells(head) : [], rows: body.map(cells) };
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  tn: 1e12,
  t: 1e12,
  trillion: 1e12,
};

/**
 * A displayed number back to a number, for ordering only: "US$1.91bn" → 1.91e9, "1,234" → 1234,
 * "12.5 MW" → 12.5. Null for text that holds no single number ("—", "2015–2020").
 */
export function parseDisplayNumber(text: string): number | null {
  const m = /^[^\d\-−]*([-−]?[\d,]*\.?\d+)\s*([a-z]+)?\b[^\d]*$/i.exec(
    text.replace(/\u00a0/g, " ").trim(),
  );
  if (!m) return null;
  const value = Number(m[1]!.replace(/,/g, "").replace("−", "-"));
  if (!Number.isFinite(value)) return null;
  const suffix = m[2]?.toLowerCase();
  return value * (suffix && suffix in MULTIPLIERS ? MULTIPLIERS[suffix]! : 1);
}

/** Null when the table has no numeric column or no rows. */
export function tableFacts(table: TableText): TableFacts | null {
  const rows = table.rows.filter((r) => r.length > 1);
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((r) => r.length));
  for (let col = 1; col < width; col++) {
    const values = rows.map((r) => parseDisplayNumber(r[col] ?? ""));
    if (values.some((v) => v === null)) continue;
    const nums = values as number[];
    let hi = 0;
    let lo = 0;
    nums.forEach((v, i) => {
      if (v > nums[hi]!) hi = i;
      if (v < nums[lo]!) lo = i;
    });
    const at = (i: number) => ({ label: rows[i]![0] ?? "", value: rows[i]![col] ?? "" });
    const facts: TableFacts = {
      column: table.headers[col] ?? "",
      largest: at(hi),
      smallest: at(lo),
    };
    const years = rows.every((r) => /^\d{4}$/.test(r[0] ?? ""));
    if (years && rows.length >= 2) {
      const first = nums[0]!;
      const last = nums.at(-1)!;
      const direction =
        Math.abs(last - first) <= Math.abs(first) * 0.02
          ? "flat"
          : last > first
            ? "rising"
            : "falling";
      facts.trend = { from: at(0), to: at(rows.length - 1), direction };
    }
    return facts;
  }
  return null;
}
