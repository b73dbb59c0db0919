import type PptxGenJS from "pptxgenjs";
import { isolate } from "../../format";
import type { DeckContext, SlideRecord } from "./figure-slide";
import { addTextBox, hex, SLIDE } from "./layout";
import { provenanceLine, sourceText } from "./slide-text";
import type { ClosingSlideInfo, TitleSlideInfo } from "./types";

const WIDTH = SLIDE.width - 2 * SLIDE.margin;

/** The title slide: dashboard, view, filters in words, as-of date, dataset version and link. */
export function addTitleSlide(
  info: TitleSlideInfo,
  slideNumber: number,
  ctx: DeckContext,
): SlideRecord {
  const { pptx, input, type, ink } = ctx;
  const slide = pptx.addSlide();
  const nastaliq = type.nastaliq;
  slide.addShape("rect", {
    x: 0,
    y: 0,
    w: SLIDE.width,
    h: 0.18,
    fill: { color: hex(input.color("chart-1")) },
    line: { color: hex(input.color("chart-1")), width: 0 },
  });
  addTextBox(slide, info.dashboard, { x: SLIDE.margin, y: 1.4, w: WIDTH, h: 0.6 }, type, {
    fontSize: 20,
    color: hex(ink.muted),
  });
  addTextBox(
    slide,
    info.view,
    { x: SLIDE.margin, y: 2.1, w: WIDTH, h: nastaliq ? 1.5 : 1.3 },
    type,
    { role: "title", fontSize: nastaliq ? 40 : 44, bold: !nastaliq, color: hex(ink.foreground) },
  );
  const provenance = provenanceLine(info, input.format, input.words);
  addTextBox(
    slide,
    [
      { text: provenance, options: { breakLine: true } },
      { text: input.words.link(info.link), options: { hyperlink: { url: info.link } } },
    ],
    { x: SLIDE.margin, y: 4.3, w: WIDTH, h: 1.4 },
    type,
    { fontSize: 16, color: hex(ink.foreground), paraSpaceAfter: 6 },
  );
  const notes = [info.dashboard, info.view, provenance, input.words.link(info.link)];
  slide.addNotes(notes.join("\n"));
  return { slide: slideNumber, notes };
}

/** How many sources the closing slide lists before pointing to its notes. */
const LISTED = 12;

/** The closing slide: the deck's sources and the licence; every source is in its notes. */
export function addClosingSlide(
  info: ClosingSlideInfo,
  slideNumber: number,
  ctx: DeckContext,
): SlideRecord {
  const { pptx, input, type, ink } = ctx;
  const { words, format } = input;
  const slide = pptx.addSlide();
  const nastaliq = type.nastaliq;
  addTextBox(
    slide,
    words.sourcesHeading,
    { x: SLIDE.margin, y: 0.3, w: WIDTH, h: nastaliq ? 0.85 : 0.7 },
    type,
    { role: "title", fontSize: 28, bold: !nastaliq, color: hex(ink.foreground) },
  );
  const listed = info.sources.slice(0, LISTED);
  const items: PptxGenJS.TextProps[] = listed.map((s) => ({
    text: sourceText(s, format, words, false),
    options: { bullet: true, breakLine: true, hyperlink: { url: s.url } },
  }));
  if (info.sources.length > LISTED) {
    items.push({ text: words.moreSources(info.sources.length - LISTED), options: {} });
  }
  addTextBox(slide, items, { x: SLIDE.margin, y: 1.25, w: WIDTH, h: 4.6 }, type, {
    fontSize: 13,
    color: hex(ink.foreground),
    paraSpaceAfter: 3,
  });
  addTextBox(
    slide,
    [
      { text: words.licenceHeading, options: { bold: !nastaliq, breakLine: true } },
      { text: info.licence.text, options: { breakLine: true } },
      { text: isolate(info.licence.url), options: { hyperlink: { url: info.licence.url } } },
    ],
    { x: SLIDE.margin, y: 6.0, w: WIDTH, h: 1.2 },
    type,
    { fontSize: 13, color: hex(ink.foreground) },
  );
  const notes = [
    words.sourcesHeading,
    ...info.sources.map((s) => `• ${sourceText(s, format, words)}`),
    "",
    words.licenceHeading,
    info.licence.text,
    isolate(info.licence.url),
  ];
  slide.addNotes(notes.join("\n"));
  return { slide: slideNumber, notes };
}
