import { useEffect, useState, type ReactNode } from "react";
import { INTENT_EVENTS, ROOT_ID, WENT_ON_ATTR } from "@/first-screen/protocol";
import { createFigureDemand, FigureDemandContext, type FigureDemand } from "./figure-demand";

/** The reader went on while only the build's first screen was showing (its script marks it). */
function wentOnBeforeApp(): boolean {
  return (
    typeof document !== "undefined" &&
    !!document.getElementById(ROOT_ID)?.hasAttribute(WENT_ON_ATTR)
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
