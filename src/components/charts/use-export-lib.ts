import { useEffect, useState } from "react";
import { allFiguresRequested, subscribeFigureDemand } from "./figure-demand";
import { loadExportLib } from "./use-figure-export";

type ExportLib = Awaited<ReturnType<typeof loadExportLib>>;

/**
 * The figure-export library once it is here. It is fetched when `now` is true (presenting), or at
 * the reader's first sign of going on (the same moment deferred figures are drawn), so print and
 * presentation can compose figures without holding up a first visit.
 */
export function useExportLib(now: boolean): ExportLib | null {
  const [lib, setLib] = useState<ExportLib | null>(null);
  useEffect(() => {
    if (lib) return;
    let live = true;
    const load = () => void loadExportLib().then((m) => live && setLib(() => m));
    if (now || allFiguresRequested()) load();
    const stop = subscribeFigureDemand(load);
    return () => {
      live = false;
      stop();
    };
  }, [lib, now]);
  return lib;
}
