import { createContext } from "react";

/**
 * What the app knows of the build's first screen, given to <App> by whoever renders it:
 * `drawing` — the build is drawing the first screen now (src/app/first-screen.tsx), so content
 * only the browser can draw shows its fallback (ClientOnly); `day` — the day (UTC midnight, ms)
 * the first screen was drawn for, which charts that mark "today" draw first while it is hydrated
 * (useToday). Outside both moments: not drawing, no day.
 */
export interface FirstScreenInfo {
  drawing: boolean;
  day: number | null;
}

export const NO_FIRST_SCREEN: FirstScreenInfo = { drawing: false, day: null };

export const FirstScreenContext = createContext<FirstScreenInfo>(NO_FIRST_SCREEN);
