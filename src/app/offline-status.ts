import { useSyncExternalStore } from "react";

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
