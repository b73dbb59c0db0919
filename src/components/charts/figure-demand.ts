import { INTENT_EVENTS, ROOT_ID, WENT_ON_ATTR } from "@/first-screen/protocol";

/**
 * Figures below the first screen are drawn when they are about to be seen, so a first visit on a
 * phone downloads and runs no chart code for charts nobody has scrolled to. They are drawn at once
 * when the reader shows any intent to go on — scrolling, a key, a touch or a click anywhere — when
 * their place comes into the viewport, or when something needs every figure (presentation
 * mode, printing).
 */

let allRequested = false;
/** `urgent`: the figures are needed before the browser goes on (printing). */
type Listener = (urgent: boolean) => void;
const listeners = new Set<Listener>();

/** Draws every deferred figure now (presentation mode, print) and from now on. */
export function requestAllFigures(urgent = false): void {
  if (allRequested) return;
  allRequested = true;
  for (const listener of listeners) listener(urgent);
}

export function subscribeFigureDemand(listener: Listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// The reader's first sign of going on draws everything; the print dialog too (best effort: the
// browser may take its picture before the chart code has arrived).
if (typeof window !== "undefined") {
  // The reader went on while only the build's first screen was showing (its script marks it).
  if (document.getElementById(ROOT_ID)?.hasAttribute(WENT_ON_ATTR)) allRequested = true;
  const onIntent = () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, onIntent, true);
    requestAllFigures();
  };
  for (const type of INTENT_EVENTS)
    window.addEventListener(type, onIntent, { capture: true, passive: true });
  window.addEventListener("beforeprint", () => requestAllFigures(true));
}

/** True once every figure has been asked for. */
export function allFiguresRequested(): boolean {
  return allRequested;
}

/** For tests: back to the state of a fresh page. */
export function resetDeferredFigures(): void {
  allRequested = false;
}
