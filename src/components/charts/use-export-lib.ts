import { useEffect, useState } from "react";
import { useFigureDemand } from "./figure-demand";
import { loadExportLib } from "./use-figure-export";

type ExportLib = Awaited<ReturnType<typeof loadExportLib>>;

/**
 * The figure-export library once it is here. It is fetched when `now` is true (presenting), or at
 * the reader's first sign of going on (the same moment deferred figures are drawn), so print and
 * presentation can compose figures without holding up a first visit.
 */
export function useExportLib(now: boolean): ExportLib | null {
  const [lib, setLib] = useState<ExportLib | null>(null);
  const demand = useFigureDemand();
  useEffect(() => {
    if (lib) return;
    let live = true;
    const load = () => void loadExportLib().then((m) => live && setLib(() => m));
    if (now || demand.requested()) load();
    const stop = demand.subscribe(load);
    return () => {
      live = false;
      stop();
    };
  }, [lib, now, demand]);
  return lib;
}
