import { useSyncExternalStore } from "react";

const never = () => () => undefined;

/**
 * False while the page's first screen, rendered at build time, is being hydrated (and during that
 * build-time render); true once React runs the page. What only the browser knows — the page's own
 * path — is rendered when this is true: a value the build could not know would not match.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
