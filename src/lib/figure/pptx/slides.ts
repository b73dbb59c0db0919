/**
 * PowerPoint decks of figures, built in the browser (or Node) with pptxgenjs: one 16:9 slide per
 * figure with a native chart (bars, columns, step, points) or the figure's picture (gantt,
 * timeline, map), its source block and speaker notes; a deck adds a title and a closing slide.
 * pptxgenjs and JSZip are loaded with import() here only, so nothing of them is in a first visit.
 */
import type { Figure } from "../figure";
import { addClosingSlide, addTitleSlide } from "./deck-slides";
import { addFigureSlide, type SlideRecord } from "./figure-slide";
import { applyFixups } from "./package-fixups";
import type { DeckInput } from "./types";
import { deckTypography } from "./typography";

export type { DeckInput, DeckPicture, DeckWords, TitleSlideInfo, ClosingSlideInfo } from "./types";
export { pictureSize } from "./layout";

const MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/**
 * A deck: a title slide (when `input.title` is given), one slide per figure in order, and a
 * closing slide with the sources and the licence (when `input.closing` is given).
 */
export async function buildDeck(input: DeckInput): Promise<Blob | Uint8Array> {
  if (input.figures.length === 0) throw new Error("A deck needs at least one figure");
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([
    import("pptxgenjs"),
    import("jszip"),
  ]);
  const type = deckTypography(input.format.lang);
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.rtlMode = type.rtl;
  pptx.title = input.title?.view ?? input.figures[0]!.title;
  if (input.title) pptx.company = input.title.dashboard;
  pptx.theme = { headFontFace: type.title, bodyFontFace: type.body };
  const ctx = { pptx, input, ink: input.ink, type };

  const records: SlideRecord[] = [];
  if (input.title) records.push(addTitleSlide(input.title, records.length + 1, ctx));
  for (const figure of input.figures) {
    records.push(await addFigureSlide(figure, records.length + 1, ctx));
  }
  if (input.closing) records.push(addClosingSlide(input.closing, records.length + 1, ctx));

  const bytes = (await pptx.write({ outputType: "uint8array", compression: true })) as Uint8Array;
  const zip = await JSZip.loadAsync(bytes);
  await applyFixups(zip, records, type, JSZip);
  if (input.output === "uint8array") {
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
  return zip.generateAsync({ type: "blob", compression: "DEFLATE", mimeType: MIME });
}

/** One figure as a deck of one slide, without a title or closing slide. */
export function buildFigureSlide(
  figure: Figure,
  input: Omit<DeckInput, "figures" | "title" | "closing">,
): Promise<Blob | Uint8Array> {
  return buildDeck({ ...input, figures: [figure] });
}
