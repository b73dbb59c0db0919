import { describe, expect, it } from "vitest";
import { i18n } from "./i18n";

describe("ordinals through i18n", () => {
  it("writes JCC session ordinals in English", () => {
    const ord = (n: number) => i18n.t("meeting.name.jcc", { count: n, ordinal: true });
    expect([1, 2, 3, 4, 11, 12, 13, 14, 21, 22].map(ord)).toEqual([
      "1st JCC",
      "2nd JCC",
      "3rd JCC",
      "4th JCC",
      "11th JCC",
      "12th JCC",
      "13th JCC",
      "14th JCC",
      "21st JCC",
      "22nd JCC",
    ]);
  });
});
