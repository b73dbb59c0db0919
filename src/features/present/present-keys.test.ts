import { describe, expect, it } from "vitest";
import { stepForKey } from "./present-keys";

const at = { current: 3, count: 6 };

describe("presentation keys", () => {
  it("steps with → ← ↓ ↑, Space, PageDown, PageUp, Home and End left to right", () => {
    expect(stepForKey("ArrowRight", at)).toBe(4);
    expect(stepForKey("ArrowLeft", at)).toBe(2);
    expect(stepForKey("ArrowDown", at)).toBe(4);
    expect(stepForKey("ArrowUp", at)).toBe(2);
    expect(stepForKey(" ", at)).toBe(4);
    expect(stepForKey(" ", { ...at, shift: true })).toBe(2);
    expect(stepForKey("PageDown", at)).toBe(4);
    expect(stepForKey("PageUp", at)).toBe(2);
    expect(stepForKey("Home", at)).toBe(1);
    expect(stepForKey("End", at)).toBe(6);
    expect(stepForKey("Enter", at)).toBeNull();
  });

  it("mirrors the left and right arrows right to left, and keeps the clicker's keys", () => {
    const rtl = { ...at, rtl: true };
    expect(stepForKey("ArrowLeft", rtl)).toBe(4);
    expect(stepForKey("ArrowRight", rtl)).toBe(2);
    // A clicker sends PageDown/PageUp; Space and ↓ ↑ do not depend on the direction either.
    expect(stepForKey("PageDown", rtl)).toBe(4);
    expect(stepForKey("PageUp", rtl)).toBe(2);
    expect(stepForKey(" ", rtl)).toBe(4);
    expect(stepForKey("ArrowDown", rtl)).toBe(4);
    expect(stepForKey("ArrowUp", rtl)).toBe(2);
  });
});
