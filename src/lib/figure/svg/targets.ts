/**
 * The sizes a figure is drawn for, in the file's own pixels at 1× (no hidden scale: a 16:9 slide
 * is laid out on 1920 × 1080), and the type sizes each one needs. A slide is read from the back of
 * a meeting room, so at 1920 px wide no text is smaller than 14 px; A4 is set like print (about
 * 10 pt body text at 96 dpi); the screen like the page.
 */
import { intlLocale, type FormatSettings } from "../../format";
import type { FigureTarget } from "./draw-context";

export const FIGURE_TARGETS: readonly FigureTarget[] = [
  "screen",
  "slide-16x9",
  "slide-4x3",
  "square",
  "a4-landscape",
];

/** Pixels at 1× of the fixed-size targets; A4 landscape is 297 × 210 mm at 96 dpi. */
export const TARGET_PIXELS: Record<
  Exclude<FigureTarget, "screen">,
  { width: number; height: number }
> = {
  "slide-16x9": { width: 1920, height: 1080 },
  "slide-4x3": { width: 1600, height: 1200 },
  square: { width: 1200, height: 1200 },
  "a4-landscape": { width: 1123, height: 794 },
};

/** The text sizes of one target, in px. */
export interface TypeScale {
  /** Chart labels and axis ticks: the smallest text a chart body draws. */
  base: number;
  title: number;
  subtitle: number;
  legend: number;
  /** Notes and footer lines: the smallest text of the caption. */
  small: number;
}

export interface TargetLayout {
  target: FigureTarget;
  width: number;
  /** Null for the screen: the height follows the content. */
  height: number | null;
  /** The margin around the figure. */
  padding: number;
  type: TypeScale;
}

/** The base size of each target: a 1920 px slide's labels are 22 px, an A4 page's 13 px (≈ 10 pt). */
function baseSize(target: FigureTarget, width: number): number {
  switch (target) {
    case "slide-16x9":
      return 22;
    case "slide-4x3":
      return 20;
    case "square":
      return 19;
    case "a4-landscape":
      return 13;
    case "screen":
      return width < 560 ? 12 : 13;
  }
}

function typeScale(base: number): TypeScale {
  return {
    base,
    title: Math.round(base * 1.75),
    subtitle: Math.round(base * 1.15),
    legend: base,
    small: Math.max(11, Math.round(base * 0.82)),
  };
}

/**
 * The layout of a target. `width` is the screen's width (ignored for fixed sizes); a screen narrower
 * than 280 px is drawn at 280. Urdu is set a size larger: Naskh's letters are small on their body.
 */
export function targetLayout(target: FigureTarget, width?: number, lang = "en"): TargetLayout {
  const size =
    target === "screen"
      ? { width: Math.max(280, Math.round(width ?? 640)), height: null }
      : TARGET_PIXELS[target];
  const base = Math.round(baseSize(target, size.width) * (lang === "ur" ? 1.12 : 1));
  return {
    target,
    width: size.width,
    height: size.height,
    padding: Math.round(Math.min(72, Math.max(16, size.width * 0.033))),
    type: typeScale(base),
  };
}

/** "1920 × 1080" at a scale, in the reader's digits (no grouping, as sizes are written). */
export function targetSizeText(
  target: Exclude<FigureTarget, "screen">,
  format: FormatSettings,
  scale = 1,
): string {
  const { width, height } = TARGET_PIXELS[target];
  const n = new Intl.NumberFormat(intlLocale(format.lang, format.digits), { useGrouping: false });
  return `${n.format(width * scale)} × ${n.format(height * scale)}`;
}

/**
 * A menu label: the target's name (from the interface's messages) and its real size at a scale,
 * "Slide 16:9, 1920 × 1080"; Urdu and Chinese use their own comma.
 */
export function targetLabel(
  name: string,
  target: Exclude<FigureTarget, "screen">,
  format: FormatSettings,
  scale = 1,
): string {
  const comma = format.lang === "ur" ? "، " : format.lang === "zh" ? "，" : ", ";
  return `${name}${comma}${targetSizeText(target, format, scale)}`;
}
