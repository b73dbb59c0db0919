import { registerSW } from "virtual:pwa-register";
import { cacheChineseFaces } from "./cjk-fonts";
import { setOfflineReady } from "./offline-status";

/** Registers the service worker that caches every view, the data and the fonts for offline use. */
export function startOffline(): void {
  registerSW({ immediate: true, onOfflineReady: () => setOfflineReady() });
  if (!("serviceWorker" in navigator) || navigator.serviceWorker.controller) return;
  // A first visit in Chinese fetched its faces before the worker controlled the page.
  navigator.serviceWorker.addEventListener("controllerchange", cacheChineseFaces, { once: true });
}
