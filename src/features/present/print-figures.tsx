import { useEffect, useMemo, useState } from "react";
import { createPortal, flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { useExportLib } from "@/components/charts/use-export-lib";
import { useComposeWords } from "@/components/charts/use-figure-export";
import type { Figure } from "@/lib/figure/figure";
import { formatPartialDate } from "@/lib/format";
import { useView } from "@/shared/url-state";
import { composeSlides, inlineSvg } from "./slide-deck";

/** True while the page is being printed (the print events, or print emulation's media query). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Drawn before the browser takes its picture of the page: the update is flushed at once.
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(false);
    const media = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    const onMedia = (e: MediaQueryListEvent) => set(e.matches);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    media?.addEventListener("change", onMedia);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      media?.removeEventListener("change", onMedia);
    };
  }, []);
  return printing;
}

/**
 * What paper gets: each figure of the view in its A4 landscape layout, drawn from its value, one
 * to a page, after a header with the dashboard's name, the data-as-of date and the filters; no
 * buttons, sort arrows or zoom controls. Until the figure-export code is here (it comes at the
 * reader's first sign of going on), the page prints as the screen's print stylesheet lays it out.
 */
export function PrintFigures({ figures }: { figures: readonly Figure[] }) {
  const { t } = useTranslation();
  const printing = usePrinting();
  const [view] = useView();
  const lib = useExportLib(false);
  const words = useComposeWords();
  const deck = useMemo(
    () =>
      printing && lib
        ? composeSlides(lib, figures, { target: "a4-landscape", theme: "light", words })
        : null,
    [printing, lib, figures, words],
  );
  const first = figures[0];
  useEffect(() => {
    if (!deck || deck.slides.length === 0) return;
    document.documentElement.setAttribute("data-print-figures", "");
    return () => document.documentElement.removeAttribute("data-print-figures");
  }, [deck]);
  if (!deck || deck.slides.length === 0 || !first) return null;
  return createPortal(
    <div className="print-figures" aria-hidden="true">
      <header className="print-figures-header">
        <p>
          {t("present.printHeader", {
            title: t("app.name"),
            view: t(`nav.${view}`),
            date: formatPartialDate(first.asOf, first.format),
          })}
        </p>
        <p>
          {first.filters.length > 0
            ? t("present.printFilters", { list: first.filters.join("; ") })
            : t("present.printNoFilters")}
        </p>
      </header>
      {deck.slides.map((s) => (
        <div
          key={`${s.figure.id}-${s.part}`}
          className="print-figures-page"
          data-print-figure={s.figure.id}
          dangerouslySetInnerHTML={{ __html: inlineSvg(s.page.svg) }}
        />
      ))}
    </div>,
    document.body,
  );
}
