import { describe, expect, it } from "vitest";
import { parseSimpleColor, rgbaToCss } from "./colors";

describe("colour conversion", () => {
  it("writes opaque colours as hex and translucent ones as rgba", () => {
    expect(rgbaToCss(0, 114, 178, 1)).toBe("#0072b2");
    expect(rgbaToCss(0, 114, 178, 0.5)).toBe("rgba(0,114,178,0.5)");
    expect(rgbaToCss(0, 0, 0, 0)).toBeNull();
  });

  it("parses hex and rgb() without a browser, and leaves the rest to the canvas", () => {
    expect(parseSimpleColor("#FFF")).toBe("#ffffff");
    expect(parseSimpleColor("rgb(17, 24, 39)")).toBe("#111827");
    expect(parseSimpleColor("rgba(17, 24, 39, 0.25)")).toBe("rgba(17,24,39,0.25)");
    expect(parseSimpleColor("rgb(17 24 39 / 50%)")).toBe("rgba(17,24,39,0.5)");
    expect(parseSimpleColor("none")).toBeNull();
    expect(parseSimpleColor("oklch(0.588 0.158 241.966)")).toBeUndefined();
  });
});
