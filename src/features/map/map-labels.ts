import type { Province } from "@/data/schema";

/**
 * Where names go on the map, in longitude and latitude, chosen by eye to stay clear of the densest
 * project clusters. Islamabad and Azad Jammu & Kashmir are too small to hold their names: theirs sit
 * beside them with a leader line, over Pakistani territory.
 */
export interface UnitLabel {
  at: readonly [number, number];
  anchor: "start" | "middle" | "end";
  /** The unit's own point a leader line runs to, for units too small for their name. */
  leader?: readonly [number, number];
}

export const UNIT_LABELS: Record<Province, UnitLabel> = {
  balochistan: { at: [64.4, 28.0], anchor: "middle" },
  sindh: { at: [68.6, 26.4], anchor: "middle" },
  punjab: { at: [72.0, 31.5], anchor: "middle" },
  "khyber-pakhtunkhwa": { at: [70.3, 32.4], anchor: "middle" },
  "gilgit-baltistan": { at: [75.2, 36.1], anchor: "middle" },
  "azad-jammu-kashmir": { at: [72.8, 35.2], anchor: "end", leader: [73.65, 34.6] },
  islamabad: { at: [72.4, 33.55], anchor: "end", leader: [73.0, 33.65] },
};

/** Neighbours worth naming inside the frame, and the sea. */
export const NEIGHBOUR_LABELS = [
  { key: "Afghanistan", at: [65.6, 33.4] },
  { key: "Iran", at: [61.3, 26.8] },
  { key: "India", at: [75.8, 27.6] },
  { key: "China", at: [77.2, 36.7] },
  { key: "Tajikistan", at: [72.4, 37.3] },
  { key: "sea", at: [64.6, 24.0] },
] as const;
