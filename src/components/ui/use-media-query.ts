import { useCallback, useSyncExternalStore } from "react";

/**
 * Whether a media query matches, kept up to date. `atBuild` is the answer for the build-time
 * render and for hydrating it, so the first screen and the hydrated page agree; the browser's
 * own answer follows at once. Without matchMedia (jsdom) the answer is `atBuild`.
 */
export function useMediaQuery(query: string, atBuild: boolean): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== "function") return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => (typeof window.matchMedia === "function" ? window.matchMedia(query).matches : atBuild),
    () => atBuild,
  );
}
