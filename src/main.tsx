import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "@/app/app";
import { applyTheme } from "@/app/theme";
import "@/styles/index.css";
import "@/styles/print.css";

applyTheme();

// Offline support (service worker) in the production build; the single-file build has none.
if (
  import.meta.env.PROD &&
  import.meta.env.VITE_EMBED_DATA !== "1" &&
  "serviceWorker" in navigator
) {
  void import("@/app/offline").then((m) => m.startOffline());
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
