import { describe, expect, it } from "vitest";
import { slideText } from "./bidi";

describe("slideText", () => {
  it("frames a left-to-right token of a right-to-left deck with directional marks", () => {
    expect(slideText("ورژن \u20680.0.0-sample\u2069", true)).toBe("ورژن \u200e0.0.0-sample\u200e");
    expect(slideText("منظر: \u2068https://a.example/x/\u2069", true)).toBe(
      "منظر: \u200ehttps://a.example/x/\u200e",
    );
    expect(slideText("\u20681320 MW plant\u2069 (مارچ)", true)).toBe("\u200e1320 MW plant (مارچ)");
  });

  it("leaves phrases and right-to-left parts of a right-to-left deck as plain text", () => {
    expect(slideText("ماخذ: \u2068Sample report\u2069 (\u2068مارچ 2024\u2069)", true)).toBe(
      "ماخذ: Sample report (مارچ 2024)",
    );
    expect(slideText("\u2068\u2068A\u2069 and \u2068ب\u2069\u2069\u2069", true)).toBe(
      "\u200eA\u200e and ب",
    );
  });

  it("drops isolates from a left-to-right deck", () => {
    expect(slideText("Source: \u2068Sample\u2069", false)).toBe("Source: Sample");
  });
});
