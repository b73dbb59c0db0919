/** The sizes a figure is exported at. */

export type SizePreset = "screen" | "slide-16x9" | "slide-4x3" | "square";
export const SIZE_PRESETS: readonly SizePreset[] = ["screen", "slide-16x9", "slide-4x3", "square"];
export const SCALES = [1, 2, 3] as const;
export type Scale = (typeof SCALES)[number];
export type Background = "light" | "dark" | "transparent";
export const BACKGROUNDS: readonly Background[] = ["light", "dark", "transparent"];

/** Pixel size at scale 1 of each slide preset. */
export const PRESET_PIXELS: Record<
  Exclude<SizePreset, "screen">,
  { width: number; height: number }
> = {
  "slide-16x9": { width: 1920, height: 1080 },
  "slide-4x3": { width: 1600, height: 1200 },
  square: { width: 1200, height: 1200 },
};

/**
 * Presets are laid out at 2/3 of their pixels and drawn at 1.5 device pixels per CSS px, so a
 * 1920-pixel slide has the type of a 1280-pixel screen: 12 px axis labels become 18 px, readable
 * from the back of a meeting room.
 */
export const PRESET_DENSITY = 1.5;

export interface FigureSize {
  /** Layout size in CSS px. */
  layoutWidth: number;
  layoutHeight?: number;
  /** The file's size at scale 1. */
  pixelWidth?: number;
  pixelHeight?: number;
  large: boolean;
}

export function figureSize(preset: SizePreset, screenWidth: number): FigureSize {
  if (preset === "screen") return { layoutWidth: Math.round(screenWidth), large: false };
  const px = PRESET_PIXELS[preset];
  return {
    layoutWidth: px.width / PRESET_DENSITY,
    layoutHeight: px.height / PRESET_DENSITY,
    pixelWidth: px.width,
    pixelHeight: px.height,
    large: true,
  };
}
