import { applyTheme } from "@/app/theme";
import { preloadView } from "@/app/view-loaders";
import { datasetUrl } from "@/data/fetch-dataset";
import { boundariesUrl } from "@/shared/boundaries-file";
import { nextTask } from "@/lib/next-task";

/*
 * The entry (src/main.tsx) is small on purpose: this module decides how the app starts and leaves React and the app's
 * code to a chunk of their own (app/start.tsx). When the build's first screen is showing
 * (public/first-screen.js), nothing more is fetched until it has been painted; the app then
 * hydrates it. Otherwise the app renders at once.
 */

/** Starts the app in the page's #root: the entry's only call. */
export function boot(): void {
  applyTheme();
  const root = document.getElementById("root")!;
  void firstScreenShown(root).then(async (shown) => {
    if (shown) await afterPaint();
    // Each request in a task of its own: starting a download costs the main thread too.
    preloadData();
    await nextTask();
    // The largest libraries every view uses, each asked for on its own: each then runs in a task
    // of its own instead of all in one long task with the view's code.
    void import("i18next");
    await nextTask();
    void import("@tanstack/react-query");
    await nextTask();
    // The view's code is fetched now, while React loads (an unknown view is the URL audit's job).
    preloadView(new URLSearchParams(window.location.search).get("view"));
    await nextTask();
    // React's DOM renderer, the largest piece of code, is asked for on its own as well: it then
    // runs in a task of its own instead of in one long task with the app's code.
    void import("react-dom/client");
    await nextTask();
    const { startApp } = await import("@/app/start");
    await startApp(root, shown);
    startOfflineWhenIdle();
  });
}

/** Whether the first screen is showing: waits while first-screen.js fetches a view's screen. */
function firstScreenShown(root: HTMLElement): Promise<boolean> {
  if (root.dataset.firstScreen !== "pending") {
    return Promise.resolve(root.dataset.firstScreen === "shown");
  }
  return new Promise((resolve) =>
    root.addEventListener(
      "cpec-first-screen",
      () => resolve(root.dataset.firstScreen === "shown"),
      {
        once: true,
      },
    ),
  );
}

const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

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
