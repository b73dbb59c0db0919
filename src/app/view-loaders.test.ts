import { describe, expect, it } from "vitest";
import { isView, preloadView } from "./view-loaders";

describe("view lookups by a name from the address", () => {
  it.each(["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", ""])(
    "%j is not a view, and preloading it does nothing",
    async (name) => {
      expect(isView(name)).toBe(false);
      await expect(preloadView(name)).resolves.toBeUndefined();
    },
  );

  it("knows the dashboard's own views", () => {
    expect(["overview", "map", "sources"].map(isView)).toEqual([true, true, true]);
  });
});
