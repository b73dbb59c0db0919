/**
 * The choropleth's sequential ramp, mixed from a palette token and the card colour, so that it
 * follows the theme: darker for more on a light card, brighter for more on a dark one.
 */
const STEPS = [18, 38, 58, 78, 100];

/** No projects: the land colour of the projects layer, distinct from the neighbours' muted grey. */
export const SHADE_NONE = "var(--card)";

/** The fill of class `index` out of `count`, spread over the whole ramp. */
export function shadeFill(index: number, count: number): string {
  if (index < 0 || count <= 0) return SHADE_NONE;
  const step =
    count === 1 ? STEPS.length - 1 : Math.round((index * (STEPS.length - 1)) / (count - 1));
  return `color-mix(in srgb, var(--chart-1) ${STEPS[step]}%, var(--card))`;
}

export const SEA_FILL = "color-mix(in srgb, var(--chart-1) 14%, var(--card))";
