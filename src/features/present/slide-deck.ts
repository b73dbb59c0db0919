import type { Figure } from "@/lib/figure/figure";
import type { ComposeWords, ComposedPage } from "@/lib/figure/svg/compose";
import type { FigureTarget } from "@/lib/figure/svg/draw-context";
import type { loadExportLib } from "@/components/charts/use-figure-export";

type ExportLib = Awaited<ReturnType<typeof loadExportLib>>;

export interface Slide {
  figure: Figure;
  page: ComposedPage;
  /** 1-based page of its figure, and how many the figure has. */
  part: number;
  parts: number;
}

/**
 * The figures laid out for a target, one slide per page: a figure that splits (the Gantt's rows)
 * gives several. A figure that cannot be drawn is left out and named in `failed`.
 */
export function composeSlides(
  lib: ExportLib,
  figures: readonly Figure[],
  options: { target: FigureTarget; theme: "light" | "dark"; words: ComposeWords },
): { slides: Slide[]; failed: { figure: Figure; reason: string }[] } {
  const slides: Slide[] = [];
  const failed: { figure: Figure; reason: string }[] = [];
  for (const figure of figures) {
    try {
      const { pages } = lib.composeFigure(figure, {
        target: options.target,
        theme: options.theme,
        background: options.theme,
        words: options.words,
        format: figure.format,
      });
      pages.forEach((page, i) => slides.push({ figure, page, part: i + 1, parts: pages.length }));
    } catch (e) {
      failed.push({ figure, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { slides, failed };
}

/** The composed SVG for inline use: without its XML declaration, sized by its container. */
export function inlineSvg(svg: string): string {
  return svg
    .replace(/^<\?xml[^>]*>\s*/, "")
    .replace(/<svg\b([^>]*?)\swidth="[^"]*"/, '<svg$1 width="100%"')
    .replace(/<svg\b([^>]*?)\sheight="[^"]*"/, '<svg$1 height="100%"');
}
