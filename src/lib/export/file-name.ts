/** File names of exported figures: what it is, when, and at which size — sortable and readable. */

export type FigureFormat = "png" | "svg" | "csv" | "pptx";

/** "Investment by sector (2015–2020)" → "investment-by-sector-2015-2020"; never empty. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("en")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
  return slug || "figure";
}

/** The local calendar date as YYYY-MM-DD (the day the presenter made the file). */
export function isoDay(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/**
 * `investment-by-sector_2026-11-27@2x.png`; a size preset other than "as on screen" is named
 * (`…_slide-16x9_2026-11-27@2x.png`); SVG, CSV and PowerPoint have no scale.
 */
export function figureFileName(
  title: string,
  {
    date,
    format,
    scale = 1,
    preset,
  }: { date: Date; format: FigureFormat; scale?: number; preset?: string },
): string {
  const parts = [slugify(title)];
  if (preset) parts.push(slugify(preset, 20));
  parts.push(isoDay(date));
  const base = parts.join("_");
  return format === "png" ? `${base}@${scale}x.png` : `${base}.${format}`;
}
