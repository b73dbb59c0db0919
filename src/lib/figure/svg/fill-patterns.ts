/**
 * Fill patterns: a texture in the background ink over a series' colour, so that the types of a
 * stacked chart read apart on paper, in greyscale and without colour vision (the colour stays, the
 * texture adds a second cue). One geometry for every renderer: the SVG composer writes it as a
 * <pattern> with hex colours; the screen draws the same marks with colour tokens.
 */
import type { FillPattern } from "../figure";
import { el } from "./marks";

/** The marks of a pattern in a square tile: strokes (lines) or fills (dots, checks). */
export interface PatternMarks {
  d: string;
  mode: "stroke" | "fill";
  /** The stroke's width, for strokes. */
  width: number;
}

const r = (n: number) => Math.round(n * 100) / 100;

/** The pattern's marks in a tile `size` wide; null for a solid fill. */
export function patternMarks(pattern: FillPattern, size: number): PatternMarks | null {
  const s = r(size);
  const h = r(size / 2);
  const width = r(Math.max(1, size * 0.22));
  // Diagonals run past the tile's corners so that the tiles join without gaps.
  const slash = `M${-h} ${h}L${h} ${-h}M0 ${s}L${s} 0M${h} ${r(s + h)}L${r(s + h)} ${h}`;
  const backslash = `M${-h} ${h}L${h} ${r(s + h)}M0 0L${s} ${s}M${h} ${-h}L${r(s + h)} ${h}`;
  const across = `M0 ${h}H${s}`;
  const down = `M${h} 0V${s}`;
  switch (pattern) {
    case "solid":
      return null;
    case "diagonal":
      return { d: slash, mode: "stroke", width };
    case "back-diagonal":
      return { d: backslash, mode: "stroke", width };
    case "light":
      // The background's strokes so wide that only thin lines of the colour remain.
      return { d: backslash, mode: "stroke", width: r(size * 0.5) };
    case "crosshatch":
      return { d: slash + backslash, mode: "stroke", width: r(width * 0.75) };
    case "horizontal":
      return { d: across, mode: "stroke", width };
    case "vertical":
      return { d: down, mode: "stroke", width };
    case "grid":
      return { d: across + down, mode: "stroke", width: r(width * 0.75) };
    case "dots": {
      const dot = r(size * 0.2);
      return {
        d: `M${r(h - dot)} ${h}a${dot} ${dot} 0 1 0 ${r(2 * dot)} 0a${dot} ${dot} 0 1 0 ${r(-2 * dot)} 0Z`,
        mode: "fill",
        width: 0,
      };
    }
    case "checker":
      return { d: `M0 0H${h}V${h}H0ZM${h} ${h}H${s}V${s}H${h}Z`, mode: "fill", width: 0 };
  }
}

/**
 * A <pattern> definition: the tile filled with `color`, the marks in `ink` (the background), in
 * user space so that every bar shows the same texture at the same scale.
 */
export function fillPatternDef(
  id: string,
  pattern: FillPattern,
  color: string,
  ink: string,
  size: number,
): string {
  const marks = patternMarks(pattern, size);
  const s = r(size);
  const tile = el("rect", { width: s, height: s, fill: color });
  const over = !marks
    ? ""
    : marks.mode === "stroke"
      ? el("path", { d: marks.d, fill: "none", stroke: ink, "stroke-width": marks.width })
      : el("path", { d: marks.d, fill: ink });
  return el("pattern", { id, patternUnits: "userSpaceOnUse", width: s, height: s }, tile + over);
}

/** A fill: the colour itself when solid, else a reference to the pattern `id`. */
export function patternFill(pattern: FillPattern | undefined, color: string, id: string): string {
  return !pattern || pattern === "solid" ? color : `url(#${id})`;
}
