import { describe, expect, it } from "vitest";
import { slideText } from "./bidi";

describe("slideText", () => {
  it("writes the isolates of a right-to-left deck as directional marks", () => {
    expect(slideText("ماخذ: \u2068Sample report\u2069 (\u2068مارچ 2024\u2069)", true)).toBe(
      "ماخذ: \u200eSample report\u200f (مارچ 2024\u200f)",
    );
    expect(slideText("ورژن \u20680.0.0-sample\u2069", true)).toBe("ورژن \u200e0.0.0-sample\u200f");
  });

  it("handles nested isolates and drops a stray closing one", () => {
    expect(slideText("\u2068\u2068A\u2069, \u2068ب\u2069\u2069\u2069", true)).toBe(
      "\u200e\u200eA\u200f, ب\u200f\u200f",
    );
  });

  it("drops isolates from a left-to-right deck", () => {
    expect(slideText("Source: \u2068Sample\u2069", false)).toBe("Source: Sample");
  });
});
