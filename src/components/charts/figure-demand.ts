import { createContext, useContext } from "react";

/**
 * Figures below the first screen are drawn when they are about to be seen, so a first visit on a
 * phone downloads and runs no chart code for charts nobody has scrolled to. They are drawn at once
 * when the reader shows any intent to go on — scrolling, a key, a touch or a click anywhere — when
 * their place comes into the viewport, or when something needs every figure (presentation
 * mode, printing).
 *
 * Whether every figure has been asked for is held by one store per app (FigureDemandProvider),
 * not by the module: two apps on a page, or two tests, each start from a fresh page.
 */
export interface FigureDemand {
  /** True once every figure has been asked for. */
  requested(): boolean;
  /** Draws every deferred figure now and from now on; `urgent`: before the browser goes on (print). */
  requestAll(urgent?: boolean): void;
  /** Calls `listener` when every figure is asked for; returns the unsubscribe. */
  subscribe(listener: (urgent: boolean) => void): () => void;
}

export function createFigureDemand(requested = false): FigureDemand {
  let all = requested;
  const listeners = new Set<(urgent: boolean) => void>();
  return {
    requested: () => all,
    requestAll(urgent = false) {
      if (all) return;
      all = true;
      for (const listener of listeners) listener(urgent);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * Outside a provider (a component rendered alone, the build's first screen drawn without one)
 * every figure counts as asked for: nothing waits for a scroll that no page will send.
 */
const ALL_REQUESTED: FigureDemand = {
  requested: () => true,
  requestAll: () => {},
  subscribe: () => () => {},
};

export const FigureDemandContext = createContext<FigureDemand>(ALL_REQUESTED);

export function useFigureDemand(): FigureDemand {
  return useContext(FigureDemandContext);
}
