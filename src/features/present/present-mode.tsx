import { useQueryStates } from "nuqs";
import { useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { requestAllFigures } from "@/components/charts/figure-demand";
import { Button } from "@/components/ui/button";
import { usePrintInLight } from "./print-theme";
import { stepForKey } from "./present-keys";
import { clampStep, presentParsers } from "./present-url";
import "./present.css";

/** The view's figures, in page order: every ChartFrame in the main content. */
function findFigures(): HTMLElement[] {
  const root = document.getElementById("main") ?? document.body;
  return [...root.querySelectorAll<HTMLElement>("section[data-figure]")];
}

/** Keeps the list of figures current while views load lazily or filters change. */
function useFigures(active: boolean): HTMLElement[] {
  const [figures, setFigures] = useState<HTMLElement[]>([]);
  useEffect(() => {
    if (!active) return;
    const update = () =>
      setFigures((prev) => {
        const next = findFigures();
        return next.length === prev.length && next.every((f, i) => f === prev[i]) ? prev : next;
      });
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.getElementById("main") ?? document.body, {
      childList: true,
      subtree: true,
    });
    return () => observer.disconnect();
  }, [active]);
  return active ? figures : [];
}

/**
 * The "Present" button of the app header and the presentation it opens: one figure per screen,
 * full screen where the browser allows it (it works without), stepped with → ← Space PageUp
 * PageDown Home End (the arrows mirrored in Urdu, see present-keys), left with Esc. The deck and
 * step live in the URL (present=1&step=3).
 */
export function PresentMode() {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === "rtl";
  const [{ present, step }, setState] = useQueryStates(presentParsers);
  const figures = useFigures(present);
  const count = figures.length;
  const current = clampStep(step, count);
  const active = figures[current - 1];
  const enteredFullscreen = useRef(false);
  const startRef = useRef<HTMLButtonElement>(null);
  usePrintInLight();

  const go = useCallback(
    (next: number) => void setState({ step: clampStep(next, count) }),
    [count, setState],
  );

  const exit = useCallback(() => {
    void setState({ present: null, step: null });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    enteredFullscreen.current = false;
    requestAnimationFrame(() => startRef.current?.focus());
  }, [setState]);

  const start = () => {
    void setState({ present: true, step: 1 });
    const el = document.documentElement;
    if (el.requestFullscreen && document.fullscreenEnabled) {
      el.requestFullscreen()
        .then(() => (enteredFullscreen.current = true))
        .catch(() => undefined);
    }
  };

  // Mark the page and the active figure; the stylesheet does the rest.
  useEffect(() => {
    if (!present) return;
    // A deck needs every figure of the view, also those not scrolled to yet.
    requestAllFigures();
    document.documentElement.setAttribute("data-presenting", "");
    return () => document.documentElement.removeAttribute("data-presenting");
  }, [present]);

  useEffect(() => {
    if (!active) return;
    active.setAttribute("data-present-active", "");
    const hadTabIndex = active.hasAttribute("tabindex");
    if (!hadTabIndex) active.setAttribute("tabindex", "-1");
    active.focus({ preventScroll: true });
    return () => {
      active.removeAttribute("data-present-active");
      if (!hadTabIndex) active.removeAttribute("tabindex");
    };
  }, [active]);

  useEffect(() => {
    if (!present) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, select, textarea, [contenteditable='true']")) return;
      const next = stepForKey(e.key, { current, count, shift: e.shiftKey, rtl });
      if (e.key === "Escape") {
        e.preventDefault();
        exit();
      } else if (next !== null) {
        e.preventDefault();
        go(next);
      }
    };
    // Esc in full screen is taken by the browser to leave full screen: leave the deck with it.
    const onFullscreen = () => {
      if (!document.fullscreenElement && enteredFullscreen.current) exit();
    };
    window.addEventListener("keydown", onKey);
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, [present, current, count, rtl, go, exit]);

  return (
    <>
      <Button
        ref={startRef}
        size="sm"
        aria-label={t("present.startLabel")}
        onClick={start}
        disabled={present}
      >
        {t("present.start")}
      </Button>
      {present &&
        createPortal(
          <div className="no-print">
            <div aria-hidden="true" className="fixed inset-0 z-[70] bg-background" />
            <div
              role="group"
              aria-label={t("present.dialog", { title: active?.dataset.figure ?? "" })}
              className="fixed inset-x-0 bottom-0 z-[72] flex h-[4.75rem] flex-wrap items-center justify-between gap-x-4 gap-y-1 px-5 text-base text-foreground"
            >
              <p aria-live="polite" className="text-lg font-semibold tabular-nums">
                {count === 0 ? t("present.loading") : t("present.step", { step: current, count })}
              </p>
              <p className="hidden text-sm text-muted-foreground md:block">{t("present.keys")}</p>
              <div className="flex gap-2">
                {/* The arrows point the way the keys move: mirrored right to left. */}
                <Button onClick={() => go(current - 1)} disabled={current <= 1}>
                  <span aria-hidden="true">{rtl ? "→" : "←"}</span> {t("present.previous")}
                </Button>
                <Button onClick={() => go(current + 1)} disabled={current >= count}>
                  {t("present.next")} <span aria-hidden="true">{rtl ? "←" : "→"}</span>
                </Button>
                <Button variant="default" onClick={exit}>
                  {t("present.exit")}
                </Button>
              </div>
            </div>
          </div>,
          document.body,
        )}
    </>
  );
}
