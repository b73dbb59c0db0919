import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Figure } from "@/lib/figure/figure";
import type { ComposeWords, ComposedPage, FigureBackground } from "@/lib/figure/svg/compose";
import { composeWordsFrom } from "@/lib/figure/svg/compose-words";
import type { FigureTarget } from "@/lib/figure/svg/draw-context";

/** The figure-export code, fetched only when a menu is about to open. */
export const loadExportLib = () => import("@/lib/figure/export-lib");

export const SCALES = [1, 2, 3] as const;
export type Scale = (typeof SCALES)[number];
export const BACKGROUNDS: readonly FigureBackground[] = ["light", "dark", "transparent"];

export interface ExportChoice {
  target: FigureTarget;
  scale: Scale;
  background: FigureBackground;
}

/** The words a composed figure needs, in the reader's language. */
export function useComposeWords(): ComposeWords {
  const { t } = useTranslation();
  return useMemo(() => composeWordsFrom(t), [t]);
}

/** The page's theme, for a transparent figure's inks. */
function pageTheme(): "light" | "dark" {
  return document.documentElement.classList.contains("dark") ? "dark" : "light";
}

/**
 * Prepares a figure's files from its value: the SVG pages composed for the chosen target and
 * background, and their PNGs at the chosen scale; each kept until the figure changes, so opening
 * the menu starts the work and a click downloads at once.
 */
export function useFigureExport(figure: Figure, screenWidth: number) {
  const words = useComposeWords();
  // New caches for a new figure: what was prepared for the old one says something else.
  const cache = useMemo(
    () => ({
      svgs: new Map<string, Promise<ComposedPage[]>>(),
      pngs: new Map<string, Promise<Blob[]>>(),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the figure is what makes a cache stale
    [figure],
  );

  const pages = useCallback(
    (choice: Omit<ExportChoice, "scale">): Promise<ComposedPage[]> => {
      const width = choice.target === "screen" ? Math.round(screenWidth) : 0;
      const key = `${choice.target}|${choice.background}|${width}`;
      let hit = cache.svgs.get(key);
      if (!hit) {
        hit = loadExportLib().then(async (lib) => {
          await document.fonts?.ready;
          const theme = choice.background === "transparent" ? pageTheme() : choice.background;
          return lib.composeFigure(figure, {
            target: choice.target,
            width: width || undefined,
            theme,
            background: choice.background,
            words,
            format: figure.format,
          }).pages;
        });
        cache.svgs.set(key, hit);
        hit.catch(() => cache.svgs.delete(key));
      }
      return hit;
    },
    [figure, words, screenWidth, cache],
  );

  const png = useCallback(
    (choice: ExportChoice): Promise<Blob[]> => {
      const key = `${choice.target}|${choice.background}|${choice.scale}`;
      let hit = cache.pngs.get(key);
      if (!hit) {
        hit = Promise.all([pages(choice), loadExportLib()]).then(([list, lib]) =>
          Promise.all(
            list.map((p) =>
              lib.rasterize(p.svg, { width: p.width, height: p.height, scale: choice.scale }),
            ),
          ),
        );
        cache.pngs.set(key, hit);
        hit.catch(() => cache.pngs.delete(key));
      }
      return hit;
    },
    [pages, cache],
  );

  return { pages, png, words };
}
