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

  it("leads the footer with a one-line note on a fixed page, packing its lines side by side", () => {
    const layout = caption();
    const blocks = layout.bottom(700);
    expect(blocks.map((b) => b.kind)).toEqual(["rule", "text", "text", "text", "text", "text"]);
    // The rule 13 under the body; the footer's lines 25 apart (18 px text), 13 under the rule.
    expect(blocks[0]).toEqual({ kind: "rule", y: 713 });
    const texts = blocks.slice(1) as TextBlock[];
    // 10.08 px a glyph: the note (58), the source (61) and the as-of line (47) share the first
    // line with gaps of 36; the filters (38) and the link (71) the second.
    expect(texts.map((b) => [b.lines[0]!.slice(0, 12), b.y])).toEqual([
      ["Umbrella pro", 727],
      ["Source: CPEC", 727],
      ["Data as of 3", 727],
      ["Filters: Pro", 752],
      ["View: https:", 752],
    ]);
    const xs = texts.map((b) => b.x);
    expect(xs[0]).toBeUndefined();
    expect(xs[1]).toBeCloseTo(63 + 584.64 + 36, 6);
    expect(xs[2]).toBeCloseTo(63 + 584.64 + 36 + 614.88 + 36, 6);
    expect(xs[3]).toBeUndefined();
    expect(xs[4]).toBeCloseTo(63 + 383.04 + 36, 6);
    const last = texts[texts.length - 1]!;
    expect(last.y + last.lineHeight + 63).toBe(700 + layout.bottomHeight);
    expect(layout.bottomHeight).toBe(13 + 1 + 13 + 2 * 25 + 63);
  });

  it("keeps notes under the body, above the rule, on the screen (whose height follows)", () => {
    const layout = caption(makeBarsFigure(), "screen");
    const blocks = layout.bottom(400);
    expect(blocks.map((b) => b.kind)).toEqual(["text", "rule", "text", "text", "text", "text"]);
    expect((blocks[0] as TextBlock).lines).toEqual([
      "Umbrella programmes are counted once, in their own sector.",
    ]);
  });
});

describe("the Urdu caption", () => {
  const urdu = (overrides: Partial<FigureBase> = {}, target: FigureTarget = "slide-16x9") =>
    layoutCaption({
      figure: makeBarsFigure("ur", overrides),
      layout: targetLayout(target, undefined, "ur"),
      words: TEST_WORDS.ur,
      format: { lang: "ur", digits: "latn", amounts: "south-asian" },
      measure: approximateTextWidth,
      measureTitle: approximateTextWidth,
    });

  it("gives a Nastaliq title a first line of 1.75 em and steps 1.9 em from line to line", () => {
    // 44 px: the first line's box 77, its lines 84 apart, the block 3.5 above the box's top.
    const title = "شعبہ وار سرمایہ کاری ".repeat(5).trim();
    const layout = urdu({ title });
    const [head, subtitle] = layout.top as TextBlock[];
    expect(head!.lines).toHaveLength(2);
    expect([head!.style.size, head!.lineHeight, head!.y]).toEqual([44, 84, 63 - 3.5]);
    // The second line's box (77) ends 5 above the subtitle: 63 + 84 + 77 + 5.
    expect(subtitle!.y).toBe(229);
    // Naskh at 1.5: the subtitle's 29 px lines are 44 apart.
    expect(subtitle!.lineHeight).toBe(44);
  });

  it("sets no caption text under 14 px at 1920 and its small lines 1.5 apart", () => {
    const layout = urdu();
    const texts = [...layout.top, ...layout.bottom(700)].filter(
      (b): b is TextBlock => b.kind === "text",
    );
    expect(Math.min(...texts.map((b) => b.style.size))).toBe(21);
    expect(texts.at(-1)!.lineHeight).toBe(32);
  });

  it("packs the footer from the right edge: each piece anchored at its own start", () => {
    const blocks = urdu().bottom(700);
    const texts = blocks.filter((b): b is TextBlock => b.kind === "text");
    const firstLine = texts.filter((b) => b.y === texts[0]!.y);
    expect(firstLine.length).toBeGreaterThan(1);
    // The first at the page's start edge (x unset: the right in Urdu), the next to its left.
    expect(firstLine[0]!.x).toBeUndefined();
    const w0 = approximateTextWidth(firstLine[0]!.lines[0]!, firstLine[0]!.style);
    expect(firstLine[1]!.x).toBeCloseTo(1920 - 63 - w0 - 42, 6);
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
    const rule = blocks.find((b) => b.kind === "rule")!;
    const side = texts.filter((b) => b.y < rule.y);
    expect(side).toHaveLength(14);
    // Beside the body: the column starts after its band and the notes start at its top.
    expect(side[0]!.x).toBeGreaterThan(band.x + band.width);
    expect(side[0]!.y).toBe(long.bodyTop);
    const last = texts[texts.length - 1]!;
    expect(last.y + last.lines.length * last.lineHeight).toBeLessThanOrEqual(1080);
  });
});
