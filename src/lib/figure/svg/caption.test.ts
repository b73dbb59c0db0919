import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../export/text-layout";
import type { FigureBase } from "../figure";
import { footerLines, layoutCaption, type TextBlock } from "./caption";
import type { FigureTarget } from "./draw-context";
import { targetLayout } from "./targets";
import { makeBarsFigure, makeColumnsFigure, TEST_WORDS } from "./test-figures";

const en = { lang: "en", digits: "latn", amounts: "international" } as const;

function caption(figure: FigureBase = makeBarsFigure(), target: FigureTarget = "slide-16x9") {
  return layoutCaption({
    figure,
    layout: targetLayout(target, undefined, figure.lang),
    words: TEST_WORDS.en,
    format: en,
    measure: approximateTextWidth,
    measureTitle: approximateTextWidth,
  });
}

describe("layoutCaption", () => {
  it("wraps a long title inside the margins", () => {
    const title =
      "Investment by sector in Sindh and Balochistan, estimated cost of every project under construction or operating";
    const layout = caption(makeBarsFigure("en", { title }));
    const block = layout.top[0] as TextBlock;
    expect(block.lines).toHaveLength(2);
    expect(block.lines.join(" ")).toBe(title);
    for (const l of block.lines)
      expect(approximateTextWidth(l, block.style)).toBeLessThanOrEqual(1920 - 2 * 63);
  });

  it("lays the legend out in a row after the subtitle, and the body under it", () => {
    const layout = caption(makeColumnsFigure());
    expect(layout.top.map((b) => b.kind)).toEqual(["text", "text", "legend"]);
    const legend = layout.top[2]!;
    if (legend.kind !== "legend") throw new Error("no legend");
    expect(legend.items.map((i) => [i.entry.label, i.y])).toEqual([
      ["MoU", legend.items[0]!.y],
      ["Agreement", legend.items[0]!.y],
    ]);
    expect(layout.bodyTop).toBe(legend.items[0]!.y + legend.lineHeight + 11);
  });

  it("puts notes, a rule and the footer under the body, ending at the bottom margin", () => {
    const layout = caption();
    const blocks = layout.bottom(700);
    expect(blocks.map((b) => b.kind)).toEqual(["text", "rule", "text", "text", "text", "text"]);
    const last = blocks[blocks.length - 1] as TextBlock;
    expect(last.y + last.lineHeight * last.lines.length + 63).toBe(700 + layout.bottomHeight);
  });
});

describe("footerLines", () => {
  it("writes the source, as-of and version, filters and link", () => {
    expect(footerLines(makeBarsFigure(), TEST_WORDS.en, en)).toEqual([
      "Source: CPEC Progress Dashboard dataset 1.1.0, from 3 sources",
      "Data as of 30 Sept 2025 · Dataset version 1.1.0",
      "Filters: Province = Sindh, Balochistan",
      "View: https://cpec.example.org/?view=overview&province=sindh,balochistan",
    ]);
  });

  it("names an undated primary source by its publisher alone", () => {
    const figure = makeBarsFigure("en", {
      sources: {
        count: 1,
        primary: {
          publisher: "CPEC Authority",
          title: "Projects",
          date: null,
          url: "",
          records: 1,
        },
        list: [],
      },
    });
    expect(footerLines(figure, TEST_WORDS.en, en)[0]).toBe(
      "Source: CPEC Authority · CPEC Progress Dashboard dataset 1.1.0, from 3 sources",
    );
  });

  it("writes Urdu's digits when the reader chose them", () => {
    const ur = { lang: "ur", digits: "arab", amounts: "south-asian" } as const;
    expect(footerLines(makeBarsFigure("ur"), TEST_WORDS.ur, ur)[1]).toBe(
      "ڈیٹا بمطابق ۳۰ ستمبر، ۲۰۲۵ · ڈیٹاسیٹ ورژن 1.1.0",
    );
  });

  it("sets long notes beside the body on a fixed page, and keeps them and the footer inside it", () => {
    const note =
      "About the boundaries: boundaries are drawn where control lies on the ground and imply no position on any claim; the final status of Jammu and Kashmir has not been agreed.";
    const notes = Array.from({ length: 14 }, () => note);
    const short = caption(makeBarsFigure("en", { notes: [note] }));
    expect(short.bodyBand).toBeUndefined();

    const long = caption(makeBarsFigure("en", { notes }));
    const band = long.bodyBand!;
    expect(band.x).toBe(63);
    expect(band.width).toBeLessThan(1920 - 2 * 63);
    const blocks = long.bottom(1080 - long.bottomHeight);
    const texts = blocks.filter((b): b is TextBlock => b.kind === "text");
    const side = texts.filter((b) => b.x !== undefined);
    expect(side).toHaveLength(14);
    // Beside the body: the column starts after its band and the notes start at its top.
    expect(side[0]!.x).toBeGreaterThan(band.x + band.width);
    expect(side[0]!.y).toBe(long.bodyTop);
    const last = texts[texts.length - 1]!;
    expect(last.y + last.lines.length * last.lineHeight).toBeLessThanOrEqual(1080);
  });
});
