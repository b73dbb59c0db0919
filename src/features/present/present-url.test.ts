import { describe, expect, it } from "vitest";
import { clampStep, presentParsers } from "./present-url";

describe("presentation URL state", () => {
  it("reads present=1 and falls back for anything else", () => {
    expect(presentParsers.present.parse("1")).toBe(true);
    expect(presentParsers.present.parse("yes")).toBeNull();
    expect(presentParsers.step.parse("3")).toBe(3);
    expect(presentParsers.step.parse("x")).toBeNull();
  });

  it("keeps the step inside the deck", () => {
    expect(clampStep(3, 6)).toBe(3);
    expect(clampStep(9, 6)).toBe(6);
    expect(clampStep(0, 6)).toBe(1);
    expect(clampStep(-4, 6)).toBe(1);
    expect(clampStep(2.7, 6)).toBe(2);
    expect(clampStep(3, 0)).toBe(1);
  });
});
