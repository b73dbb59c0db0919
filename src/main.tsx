import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "@/app/app";
import { applyTheme } from "@/app/theme";
import { preloadView } from "@/app/view-loaders";
import "@/styles/index.css";
import "@/styles/print.css";

applyTheme();
// The view's code is fetched now, while React starts (an unknown view is the URL audit's job).
preloadView(new URLSearchParams(window.location.search).get("view"));

// Offline support (service worker) in the production build; the single-file build has none.
if (
  import.meta.env.PROD &&
  import.meta.env.VITE_EMBED_DATA !== "1" &&
  "serviceWorker" in navigator
) {
  // After the page has loaded and gone quiet: on a slow link the caching must not compete with
  // the first visit's own downloads.
  const start = () => void import("@/app/offline").then((m) => m.startOffline());
  const whenIdle = () =>
    "requestIdleCallback" in window ? requestIdleCallback(start, { timeout: 5000 }) : start();
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
}

// Rendered as a transition, React yields to the browser every few milliseconds while it renders,
// so a slow phone never freezes for the whole first render.
const root = createRoot(document.getElementById("root")!);
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
