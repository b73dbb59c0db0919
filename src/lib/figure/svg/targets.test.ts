import { describe, expect, it } from "vitest";
import { targetLabel, targetLayout, targetSizeText } from "./targets";

const en = { lang: "en", digits: "latn", amounts: "international" } as const;

describe("targetLayout", () => {
  it.each([
    ["slide-16x9", 1920, 1080, 22, 18],
    ["slide-4x3", 1600, 1200, 20, 16],
    ["square", 1200, 1200, 19, 16],
    ["a4-landscape", 1123, 794, 13, 11],
  ] as const)(
    "%s is %i × %i px with %i px labels and %i px footer",
    (target, w, h, base, small) => {
      const layout = targetLayout(target);
      expect([layout.width, layout.height, layout.type.base, layout.type.small]).toEqual([
        w,
        h,
        base,
        small,
      ]);
    },
  );

  it("draws a 16:9 slide with a 39 px title and no text under 14 px", () => {
    expect(targetLayout("slide-16x9").type).toEqual({
      base: 22,
      title: 39,
      subtitle: 25,
      legend: 22,
      small: 18,
    });
  });

  it("takes the screen's width and leaves the height to the content", () => {
    expect(targetLayout("screen", 720)).toMatchObject({ width: 720, height: null, padding: 24 });
    expect(targetLayout("screen", 400).type.base).toBe(12);
    expect(targetLayout("screen", 100).width).toBe(280);
  });

  it("sets Urdu a size larger", () => {
    expect(targetLayout("slide-16x9", undefined, "ur").type.base).toBe(25);
  });
});

describe("targetLabel", () => {
  it("names the real size at a scale", () => {
    expect(targetLabel("Slide 16:9", "slide-16x9", en)).toBe("Slide 16:9, 1920 × 1080");
    expect(targetLabel("Slide 16:9", "slide-16x9", en, 2)).toBe("Slide 16:9, 3840 × 2160");
    expect(targetLabel("A4 landscape", "a4-landscape", en)).toBe("A4 landscape, 1123 × 794");
  });

  it("writes the reader's digits and comma", () => {
    const ur = { lang: "ur", digits: "arab", amounts: "south-asian" } as const;
    expect(targetSizeText("square", ur)).toBe("۱۲۰۰ × ۱۲۰۰");
    expect(targetLabel("مربع", "square", ur)).toBe("مربع، ۱۲۰۰ × ۱۲۰۰");
    const zh = { lang: "zh", digits: "latn", amounts: "international" } as const;
    expect(targetLabel("幻灯片 4:3", "slide-4x3", zh)).toBe("幻灯片 4:3，1600 × 1200");
  });
});
