import { SECTOR_COLORS, STATUS_COLORS } from "@/data/palette";
import type { Sector, Status } from "@/data/schema";
import type { ColorToken } from "../figure";

/** "var(--chart-1)" → "chart-1": the palette's CSS references as figure colour tokens. */
function token(cssVar: string): ColorToken {
  return cssVar.replace(/^var\(--(.+)\)$/, "$1") as ColorToken;
}

export const sectorToken = (s: Sector): ColorToken => token(SECTOR_COLORS[s]);
export const statusToken = (s: Status): ColorToken => token(STATUS_COLORS[s]);
