import { useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { useFigureDemand } from "@/components/charts/figure-demand";
import { usePageFigures } from "@/components/charts/figure-registry-context";
import { useExportLib } from "@/components/charts/use-export-lib";
import { useComposeWords } from "@/components/charts/use-figure-export";
import { Button } from "@/components/ui/button";
import { altText } from "@/lib/figure/alt-text";
import { viewHasFigures } from "@/lib/url-params";
import { useView } from "@/shared/url-state";
import { usePrintInLight } from "./print-theme";
import { DeckButton } from "./deck-button";
import { PrintFigures } from "./print-figures";
import { stepForKey } from "./present-keys";
import { clampStep, presentParsers } from "./present-url";
import { composeSlides, inlineSvg } from "./slide-deck";
import "./present.css";

function pageTheme(): "light" | "dark" {
  return document.documentElement.classList.contains("dark") ? "dark" : "light";
}

/**
 * The "Present" button of the app header and the presentation it opens: each figure of the view
 * in its 16:9 slide layout (drawn from the figure's value for 1920 × 1080, then fitted to the
 * screen, so nothing runs past it), full screen where the browser allows it, stepped with → ←
 * Space PageUp PageDown Home End (the arrows mirrored in Urdu), left with Esc. A figure that
 * splits over slides (the Gantt's rows) takes several steps. The deck and step live in the URL
 * (present=1&step=3).
 */
export function PresentMode() {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === "rtl";
  const [{ present, step }, setState] = useQueryStates(presentParsers);
  const [view] = useView();
  // A view without figures (Sources) offers no presentation and no slides; an address that asks
  // for one there says so instead of waiting.
  const figureless = !viewHasFigures(view);
  const figures = usePageFigures();
  const lib = useExportLib(present);
  const words = useComposeWords();
  const demand = useFigureDemand();
  const deck = useMemo(
    () =>
      present && lib
        ? composeSlides(lib, figures, { target: "slide-16x9", theme: pageTheme(), words })
        : null,
    [present, lib, figures, words],
  );
  const count = deck?.slides.length ?? 0;
  const current = clampStep(step, count);
  const slide = deck?.slides[current - 1];
  const enteredFullscreen = useRef(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const slideRef = useRef<HTMLDivElement>(null);
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

  useEffect(() => {
    if (!present) return;
    // A deck needs every figure of the view, also those not scrolled to yet.
    demand.requestAll();
    document.documentElement.setAttribute("data-presenting", "");
    return () => document.documentElement.removeAttribute("data-presenting");
  }, [present, demand]);

  useEffect(() => {
    if (slide) slideRef.current?.focus({ preventScroll: true });
  }, [slide]);

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

  const title = slide
    ? slide.parts > 1
      ? t("present.part", { title: slide.figure.title, part: slide.part, parts: slide.parts })
      : slide.figure.title
    : "";

  return (
    <>
      {!figureless && (
        <Button
          ref={startRef}
          size="sm"
          aria-label={t("present.startLabel")}
          onClick={start}
          disabled={present}
        >
          {t("present.start")}
        </Button>
      )}
      {!figureless && <DeckButton />}
      <PrintFigures figures={figures} />
      {present &&
        createPortal(
          <div className="no-print">
            <div aria-hidden="true" className="fixed inset-0 z-[70] bg-background" />
            {slide && (
              <div
                ref={slideRef}
                tabIndex={-1}
                role="img"
                aria-label={title}
                aria-describedby="present-alt"
                data-present-slide={slide.figure.id}
                className="fixed inset-x-4 top-4 bottom-[5.25rem] z-[71] flex items-center justify-center outline-none [&>svg]:max-h-full [&>svg]:max-w-full"
                dangerouslySetInnerHTML={{ __html: inlineSvg(slide.page.svg) }}
              />
            )}
            {slide && (
              <p id="present-alt" className="sr-only">
                {altText(slide.figure, t, slide.figure.format)}
              </p>
            )}
            <div
              role="group"
              aria-label={t("present.dialog", { title })}
              className="fixed inset-x-0 bottom-0 z-[72] flex h-[4.75rem] flex-wrap items-center justify-between gap-x-4 gap-y-1 px-5 text-base text-foreground"
            >
              <p aria-live="polite" className="text-lg font-semibold tabular-nums">
                {count > 0
                  ? t("present.step", { step: current, count })
                  : t(figureless ? "present.none" : "present.loading")}
              </p>
              {deck && deck.failed.length > 0 && (
                <p role="alert" className="text-sm text-danger">
                  {t("present.failed", {
                    list: deck.failed.map((f) => `${f.figure.title}: ${f.reason}`).join("; "),
                  })}
                </p>
              )}
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
