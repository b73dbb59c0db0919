import { useEffect, useMemo, useRef, useState } from "react";
import { useBoxSize } from "@/components/ui/use-measured-width";
import { useComposeWords } from "@/components/charts/use-figure-export";
import { canvasTextMeasurer, exportFont } from "@/lib/export/text-layout";
import type { Figure, GanttFigure } from "@/lib/figure/figure";
import { figureRegistry } from "@/lib/figure/svg/bodies";
import type { DrawBody, DrawContext } from "@/lib/figure/svg/draw-context";
import { paletteFor } from "@/lib/figure/svg/palette";
import { targetLayout } from "@/lib/figure/svg/targets";
import { isRtl } from "@/lib/format";
import { pageTheme } from "./embed-page";

/**
 * The least height at which the Gantt keeps every row readable: its axis, each group's heading
 * and each row at their smallest (lib/figure/svg/gantt: 3.3, 1.5 and 1.35 text sizes). Taller than
 * the frame, the rows scroll inside it.
 */
function ganttMinHeight(figure: GanttFigure, fontSize: number): number {
  const rows = figure.groups.reduce((n, g) => n + g.rows.length, 0);
  return Math.ceil(fontSize * (3.3 + figure.groups.length * 1.5 + rows * 1.35) + fontSize);
}

/**
 * A figure's chart drawn from its value for exactly the room the embed gives it, by the same
 * bodies as its exports (lib/figure/svg), in the page's theme. To assistive technology the drawing
 * is one image named by the figure's title (the frame reads out its summary; its numbers are in
 * the table twin).
 */
export function EmbedBody({ figure }: { figure: Figure }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useBoxSize(boxRef);
  const words = useComposeWords();
  // Labels are measured to lay them out: measured again whenever fonts arrive (a script's face
  // is fetched only once text in it is drawn or measured).
  const [fontsLoaded, setFontsLoaded] = useState(0);
  useEffect(() => {
    const fonts = document.fonts as FontFaceSet | undefined;
    if (!fonts) return;
    let live = true;
    const bump = () => live && setFontsLoaded((n) => n + 1);
    fonts.addEventListener("loadingdone", bump);
    void fonts.ready.then(bump);
    return () => {
      live = false;
      fonts.removeEventListener("loadingdone", bump);
    };
  }, []);

  const svg = useMemo(() => {
    if (width < 40 || height < 40) return null;
    const theme = pageTheme();
    const palette = paletteFor(theme);
    const font = exportFont(figure.lang);
    const fontSize = targetLayout("screen", width, figure.lang).type.base;
    const ctx: DrawContext = {
      color: palette.color,
      ink: palette.ink,
      format: figure.format,
      rtl: isRtl(figure.lang),
      font,
      measure: canvasTextMeasurer(font),
      fontSize,
      target: "screen",
      words,
    };
    const body = figureRegistry.bodies[figure.kind] as DrawBody | undefined;
    if (!body) throw new Error(`No chart body to draw a “${figure.kind}” figure (${figure.id})`);
    const h = figure.kind === "gantt" ? Math.max(height, ganttMinHeight(figure, fontSize)) : height;
    const markup = body(figure, { x: 0, y: 0, width, height: h }, ctx);
    return { markup, height: h, font, fontsLoaded };
  }, [figure, width, height, words, fontsLoaded]);

  return (
    <div
      ref={boxRef}
      data-embed-body=""
      // A Gantt taller than the frame scrolls: reachable by keyboard then.
      tabIndex={svg && svg.height > height ? 0 : undefined}
      className="h-full w-full overflow-y-auto"
    >
      {svg && (
        <svg
          role="img"
          aria-label={figure.title}
          xmlns="http://www.w3.org/2000/svg"
          width={width}
          height={svg.height}
          viewBox={`0 0 ${width} ${svg.height}`}
          fontFamily={svg.font}
          // The bodies place right-to-left text themselves (anchors and isolates, as in a file):
          // the page's rtl direction must not mirror their anchors again.
          direction="ltr"
          className="block"
          // The bodies write escaped SVG markup (draw-context escapeXml) from the figure's value.
          dangerouslySetInnerHTML={{ __html: svg.markup }}
        />
      )}
    </div>
  );
}
