/**
 * PowerPoint files of figures for the interface: the composer's chart bodies as the pictures of
 * the Gantt, the timeline and the map (split over slides as on any slide), native charts for the
 * rest, the light theme's colours, the reader's words. Loaded with import() from a menu.
 */
import { rasterize } from "../export/rasterize";
import { altText } from "./alt-text";
import type { Translate } from "./context";
import type { Figure, SourceRef } from "./figure";
import { composeBody, paginateFor } from "./svg/body-only";
import type { ComposeWords } from "./svg/compose";
import { paletteFor } from "./svg/palette";
import { buildDeck, pictureSize, type TitleSlideInfo } from "./pptx/slides";
import { deckWords } from "./pptx/words";

export interface DeckRequest {
  figures: readonly Figure[];
  t: Translate;
  words: ComposeWords;
  /** A deck of a view: its title slide and a closing slide with the sources and the licence. */
  deck?: { title: TitleSlideInfo; licence: { text: string; url: string } };
}

/** Every distinct source of the figures, most cited first. */
function allSources(figures: readonly Figure[]): SourceRef[] {
  const byUrl = new Map<string, SourceRef>();
  for (const f of figures)
    for (const s of f.sources.list) {
      const hit = byUrl.get(s.url);
      if (hit) hit.records += s.records;
      else byUrl.set(s.url, { ...s });
    }
  return [...byUrl.values()].sort((a, b) => b.records - a.records);
}

/** A figure split over slides: each part for the picture box its slide gives it. */
export function paginateForSlides(figure: Figure, words: ComposeWords): Figure[] {
  return paginateFor(figure, "slide-16x9", words, {
    bodyArea: (page) => ({ x: 0, y: 0, ...pictureSize(page) }),
  });
}

export async function figuresToPptx(request: DeckRequest): Promise<Blob> {
  const { t, words } = request;
  const palette = paletteFor("light");
  // A figure too long for one slide (the Gantt's rows) takes as many as it needs, each holding as
  // many rows as the picture box of its slide does.
  const figures = request.figures.flatMap((f) => paginateForSlides(f, words));
  const first = figures[0];
  if (!first) throw new Error("there is no figure to put on a slide");
  const blob = await buildDeck({
    figures,
    title: request.deck?.title,
    closing: request.deck && {
      sources: allSources(figures),
      licence: request.deck.licence,
    },
    altText: (f) => altText(f, t, f.format),
    picture: async (f, { width, height }) => {
      const svg = composeBody(f, { width, height, theme: "light", words });
      const png = await rasterize(svg, { width, height, scale: 1 });
      return { svg, png, width, height };
    },
    color: palette.color,
    ink: palette.ink,
    format: first.format,
    words: deckWords(t),
  });
  return blob as Blob;
}
