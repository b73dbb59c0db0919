import { applyTheme } from "@/app/theme";
import { preloadView } from "@/app/view-loaders";
import { datasetUrl } from "@/data/fetch-dataset";
import { firstScreenState, ROOT_ID, SETTLED_EVENT } from "@/first-screen/protocol";
import { boundariesUrl } from "@/shared/boundaries-file";
import { afterNextPaint, yieldToMain } from "@/lib/yield-to-main";

/*
 * The entry (src/main.tsx) is small on purpose: this module decides how the app starts and leaves
 * React and the app's code to a chunk of their own (app/start.tsx). When the build's first screen
 * is showing (src/first-screen/, docs/first-screen.md), nothing more is fetched until it has been
 * painted; the app then hydrates it. Otherwise the app renders at once.
 */

/**
 * What start-up asks for, in order, each in a task of its own: starting a download costs the main
 * thread too, and a library asked for on its own runs in a task of its own when it arrives,
 * instead of all in one long task with the app's code.
 */
const START_UP: readonly (() => void)[] = [
  // The data, while the code loads.
  preloadData,
  // The largest libraries every view uses.
  () => void import("i18next"),
  () => void import("@tanstack/react-query"),
  // The view's code, while React loads (an unknown view is the URL audit's job).
  () => preloadView(new URLSearchParams(window.location.search).get("view")),
  // React's DOM renderer, the largest piece of code.
  () => void import("react-dom/client"),
];

/** Starts the app in the page's #root: the entry's only call. */
export function boot(): void {
  applyTheme();
  const root = document.getElementById(ROOT_ID)!;
  void firstScreenShown(root).then(async (shown) => {
    if (shown) await afterNextPaint();
    for (const step of START_UP) {
      step();
      await yieldToMain();
    }
    const { startApp } = await import("@/app/start");
    await startApp(root, shown);
    startOfflineWhenIdle();
  });
}

/** Whether the first screen is showing: waits while the first screen's script fetches it. */
function firstScreenShown(root: HTMLElement): Promise<boolean> {
  if (firstScreenState(root) !== "pending") {
    return Promise.resolve(firstScreenState(root) === "shown");
  }
  return new Promise((resolve) =>
    root.addEventListener(SETTLED_EVENT, () => resolve(firstScreenState(root) === "shown"), {
      once: true,
    }),
  );
}

/**
 * The data is fetched while the app's code loads, not after it has started; on the map's address
 * the boundaries too.
 */
function preloadData(): void {
  if (import.meta.env.VITE_EMBED_DATA === "1") return;
  const view = new URLSearchParams(window.location.search).get("view");
  for (const href of view === "map" ? [datasetUrl(), boundariesUrl()] : [datasetUrl()]) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.type = "application/json";
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.append(link);
  }
}

/**
 * Offline support (service worker) in the production build; the single-file build has none.
 * Started once the app runs and the page has gone quiet: on a slow link the caching must not
 * compete with the first visit's own downloads and start-up.
 */
function startOfflineWhenIdle(): void {
  if (
    !import.meta.env.PROD ||
    import.meta.env.VITE_EMBED_DATA === "1" ||
    !("serviceWorker" in navigator)
  ) {
    return;
  }
  const start = () => void import("@/app/offline").then((m) => m.startOffline());
  const whenIdle = () =>
    "requestIdleCallback" in window ? requestIdleCallback(start, { timeout: 5000 }) : start();
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
}
