import { useEffect } from "react";

/**
 * Paper is white: while printing, a dark page prints in the light theme's colours, then returns to
 * dark. Both the print events and the print media query are watched (browsers differ in which
 * fires, and print emulation only changes the media query).
 */
export function usePrintInLight(): void {
  useEffect(() => {
    const html = document.documentElement;
    let restoreDark: boolean | null = null;
    const before = () => {
      if (restoreDark !== null) return;
      restoreDark = html.classList.contains("dark");
      html.classList.remove("dark");
    };
    const after = () => {
      if (restoreDark) html.classList.add("dark");
      restoreDark = null;
    };
    const media = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    media?.addEventListener("change", onMedia);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      media?.removeEventListener("change", onMedia);
    };
  }, []);
}
