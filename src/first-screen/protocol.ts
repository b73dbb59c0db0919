/**
 * The names the first screen's script (src/first-screen/first-screen.ts) and the app share:
 * storage keys, the root's attributes and the events between them. docs/first-screen.md tells
 * who writes what, and when. Plain values only: the script imports this before any of the app.
 */

/** localStorage: the reader's theme ("light", "dark"; absent: the system's). */
export const THEME_KEY = "cpec-theme";
/** localStorage: set while a data file of the reader's is saved (src/data/user-dataset.ts). */
export const USER_DATA_KEY = "cpec-user-data";

/** The page's element the app renders into, and the first screen is shown in. */
export const ROOT_ID = "root";
/** Overview's first screen, written into index.html by the build. */
export const TEMPLATE_ID = "first-screen";
/** Another view's first screen, emitted by the build beside index.html. */
export const screenPath = (view: string): string => `first-screen/${view}.html`;

/** On the root: where the first screen stands (FirstScreenState). */
export const STATE_ATTR = "data-first-screen";
/** On the root, by the build: the views that have a first screen, separated by spaces. */
export const SCREENS_ATTR = "data-first-screens";
/** On the root, by the build: the day (UTC midnight, ms) the first screens were drawn for. */
export const DAY_ATTR = "data-first-screen-day";
/** On the root: the reader scrolled, typed or touched before the app ran. */
export const WENT_ON_ATTR = "data-went-on";
/** On a form field the script made read-only (or disabled) until the app takes over. */
export const HELD_ATTR = "data-held";

/**
 * pending: the script is fetching the view's screen; shown: it is in the page, the app not yet;
 * none: no first screen (or it was dropped for a fresh render); live: the app has taken it over.
 * No attribute at all: the address was not one the first screens were drawn for.
 */
export type FirstScreenState = "pending" | "shown" | "none" | "live";

/** On the root, by the script: the first screen is shown, or will not be ("pending" has ended). */
export const SETTLED_EVENT = "cpec-first-screen";
/** On the root, by the app: it has taken the screen over; the script replays what came early. */
export const LIVE_EVENT = "cpec-first-screen-live";

/** What counts as the reader going on: charts below the first screen are then drawn at once. */
export const INTENT_EVENTS = ["scroll", "wheel", "keydown", "pointerdown", "touchstart"] as const;

export function firstScreenState(root: Element): FirstScreenState | null {
  return root.getAttribute(STATE_ATTR) as FirstScreenState | null;
}

export function setFirstScreenState(root: Element, state: FirstScreenState): void {
  root.setAttribute(STATE_ATTR, state);
}

/** Whether the page is dark: the reader's stored choice, or else the system's. */
export function isDark(stored: string | null, systemDark: boolean): boolean {
  return stored === "dark" || (stored !== "light" && systemDark);
}
