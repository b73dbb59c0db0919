/**
 * The colour tokens of styles/index.css as hex, for drawing a figure outside the page (an SVG file
 * has no CSS variables, and a PNG is drawn from that file). palette.test.ts checks every value
 * against the stylesheet's `:root` and `.dark` rules, so the two cannot drift apart.
 */
import type { ColorToken } from "../figure";
import type { DrawContext, ThemeName } from "./draw-context";

/** The tokens a drawn figure uses, by their CSS custom-property name without the dashes. */
export const PALETTE_TOKENS = [
  "chart-1",
  "chart-2",
  "chart-3",
  "chart-4",
  "chart-5",
  "chart-6",
  "chart-7",
  "chart-8",
  "chart-9",
  "status-planned",
  "status-under-construction",
  "status-partially-operational",
  "status-operational",
  "status-suspended",
  "status-cancelled",
  "foreground",
  "muted-foreground",
  "chart-grid",
  "chart-axis",
  "card",
  "background",
  "border",
] as const;
export type PaletteToken = (typeof PALETTE_TOKENS)[number];

export const PALETTE: Record<ThemeName, Record<PaletteToken, string>> = {
  light: {
    "chart-1": "#0072b2",
    "chart-2": "#b35900",
    "chart-3": "#00805d",
    "chart-4": "#b4558a",
    "chart-5": "#2a7fb8",
    "chart-6": "#8a6d00",
    "chart-7": "#c23d00",
    "chart-8": "#5f6b7a",
    "chart-9": "#7b4fa6",
    "status-planned": "#5f6b7a",
    "status-under-construction": "#b35900",
    "status-partially-operational": "#2a7fb8",
    "status-operational": "#00805d",
    "status-suspended": "#b4558a",
    "status-cancelled": "#c23d00",
    foreground: "#111827",
    "muted-foreground": "#4b5563",
    "chart-grid": "#e5e7eb",
    "chart-axis": "#4b5563",
    card: "#ffffff",
    background: "#f6f7f9",
    border: "#d1d5db",
  },
  dark: {
    "chart-1": "#56b4e9",
    "chart-2": "#e69f00",
    "chart-3": "#2ec4a0",
    "chart-4": "#e08dbc",
    "chart-5": "#8ecdf2",
    "chart-6": "#f0e442",
    "chart-7": "#ff7a45",
    "chart-8": "#a3adbb",
    "chart-9": "#c9a7ef",
    "status-planned": "#a3adbb",
    "status-under-construction": "#e69f00",
    "status-partially-operational": "#56b4e9",
    "status-operational": "#2ec4a0",
    "status-suspended": "#e08dbc",
    "status-cancelled": "#ff7a45",
    foreground: "#e5e7eb",
    "muted-foreground": "#a7b0c0",
    "chart-grid": "#253149",
    "chart-axis": "#a7b0c0",
    card: "#111a2e",
    background: "#0b1120",
    border: "#334155",
  },
};

const TOKEN_SET: ReadonlySet<string> = new Set(PALETTE_TOKENS);

/** A figure's colour token as a palette name: "muted" is the muted text colour. */
function paletteToken(token: ColorToken): PaletteToken {
  const name = token === "muted" ? "muted-foreground" : token;
  if (!TOKEN_SET.has(name)) throw new Error(`Unknown colour token “${token}”`);
  return name as PaletteToken;
}

export interface Palette {
  color: DrawContext["color"];
  ink: DrawContext["ink"];
  /** The rule above the footer. */
  border: string;
}

/** The colours of a theme. The figure's background is the card, which every mark contrasts with. */
export function paletteFor(theme: ThemeName): Palette {
  const p = PALETTE[theme];
  return {
    color: (token) => p[paletteToken(token)],
    ink: {
      foreground: p.foreground,
      muted: p["muted-foreground"],
      grid: p["chart-grid"],
      axis: p["chart-axis"],
      background: p.card,
    },
    border: p.border,
  };
}
