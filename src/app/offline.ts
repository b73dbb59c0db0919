import { registerSW } from "virtual:pwa-register";
import { setOfflineReady } from "./offline-status";

/** Registers the service worker that caches every view, the data and the fonts for offline use. */
export function startOffline(): void {
  registerSW({ immediate: true, onOfflineReady: () => setOfflineReady() });
}
