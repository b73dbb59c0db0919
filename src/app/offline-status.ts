import { useSyncExternalStore } from "react";

// A fact about the page, not about one app: the service worker serves every app on it and
// caches once. Its hook reads it as an external store, so React sees each change.
let ready = false;
const listeners = new Set<() => void>();

export function setOfflineReady(): void {
  ready = true;
  listeners.forEach((l) => l());
}

/** True once the service worker has cached the app: it now opens without a network. */
export function useOfflineReady(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => ready,
    () => false,
  );
}
