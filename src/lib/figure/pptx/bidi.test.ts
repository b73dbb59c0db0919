import { describe, expect, it } from "vitest";
import { slideText } from "./bidi";

describe("slideText", () => {
  it("turns each isolate of a right-to-left deck into the embedding of its first strong direction", () => {
    expect(slideText("ماخذ: \u2068Sample Publisher (مارچ 2024)\u2069", true)).toBe(
      "ماخذ: \u202aSample Publisher (مارچ 2024)\u202c",
    );
    expect(slideText("\u2068مارچ\u2069 \u20682024\u2069", true)).toBe(
      "\u202bمارچ\u202c \u202b2024\u202c",
    );
  });

  it("keeps nested isolates nested", () => {
    expect(slideText("\u2068Title \u2068مارچ\u2069\u2069", true)).toBe(
      "\u202aTitle \u202bمارچ\u202c\u202c",
    );
  });

  it("drops isolates from a left-to-right deck, and a stray closing mark everywhere", () => {
    expect(slideText("Source: \u2068Sample\u2069", false)).toBe("Source: Sample");
    expect(slideText("a\u2069b", true)).toBe("ab");
  });
});
