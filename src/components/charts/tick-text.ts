/**
 * The size of chart text on screen without measuring it in the page (which would make the browser
 * lay the page out again): the plain-SVG charts (figure-bars, stacked-year-bars) place their
 * labels with these estimates.
 */

/** The size of ticks, names and values on a chart on screen, px. */
export const TICK_PX = 12;

/** About how wide a text is at the tick size: 0.6 em a glyph, a full em in Chinese, isolates nothing. */
export function textWidth(text: string, size = TICK_PX): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x2066 && code <= 0x2069) continue;
    em += code >= 0x2e80 ? 1 : 0.6;
  }
  return em * size;
}

/**
 * A name in lines no wider than `width`: at spaces, or between characters in Chinese. A single
 * word wider than the line stays whole.
 */
export function wrapLabel(label: string, width: number): string[] {
  const spaced = !/[\u2e80-\u9fff\uf900-\ufaff]/.test(label);
  const parts = spaced ? label.trim().split(/\s+/) : [...label.trim()];
  const lines: string[] = [];
  let line = "";
  for (const part of parts) {
    const next = line === "" ? part : spaced ? `${line} ${part}` : line + part;
    // (a hair's tolerance: sums of 0.6 em are not exact)
    if (line !== "" && textWidth(next) > width + 0.01) {
      lines.push(line);
      line = part;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}
