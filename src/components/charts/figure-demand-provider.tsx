import { useEffect, useState, type ReactNode } from "react";
import { createFigureDemand, FigureDemandContext, type FigureDemand } from "./figure-demand";

const INTENT_EVENTS = ["scroll", "wheel", "keydown", "pointerdown", "touchstart"] as const;

/** The reader went on while only the build's first screen was showing (public/first-screen.js). */
function wentOnBeforeApp(): boolean {
  return (
    typeof document !== "undefined" &&
    !!document.getElementById("root")?.hasAttribute("data-went-on")
  );
}

/**
 * The app's figure demand. The reader's first sign of going on draws everything; the print dialog
 * too (best effort: the browser may take its picture before the chart code has arrived).
 * `demand` is for tests that drive the store themselves.
 */
export function FigureDemandProvider({
  demand,
  children,
}: {
  demand?: FigureDemand;
  children: ReactNode;
}) {
  const [store] = useState(() => demand ?? createFigureDemand(wentOnBeforeApp()));
  useEffect(() => {
    if (wentOnBeforeApp()) store.requestAll();
    if (store.requested()) return;
    const onIntent = () => store.requestAll();
    const onPrint = () => store.requestAll(true);
    for (const type of INTENT_EVENTS)
      window.addEventListener(type, onIntent, { capture: true, passive: true });
    window.addEventListener("beforeprint", onPrint);
    const stop = store.subscribe(() => {
      for (const type of INTENT_EVENTS) window.removeEventListener(type, onIntent, true);
    });
    return () => {
      stop();
      for (const type of INTENT_EVENTS) window.removeEventListener(type, onIntent, true);
      window.removeEventListener("beforeprint", onPrint);
    };
  }, [store]);
  return <FigureDemandContext.Provider value={store}>{children}</FigureDemandContext.Provider>;
}
