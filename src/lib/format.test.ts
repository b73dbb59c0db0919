import { describe, expect, it } from "vitest";
import {
  formatNumber,
  formatPartialDate,
  formatUnit,
  formatUsdMillions,
  formatUsdMillionsShort,
} from "./format";

describe("format (English)", () => {
  it("spells money in US dollars at three significant digits", () => {
    expect(formatUsdMillions(1912.2, "en")).toBe("US$1.91 billion");
    expect(formatUsdMillions(240, "en")).toBe("US$240 million");
    expect(formatUsdMillions(25400, "en")).toBe("US$25.4 billion");
    expect(formatUsdMillions(0, "en")).toBe("US$0");
    expect(formatUsdMillionsShort(1912.2, "en")).toBe("US$1.91bn");
    expect(formatUsdMillionsShort(240, "en")).toBe("US$240m");
  });
  it("writes dates at their own precision, day first", () => {
    expect(formatPartialDate("2021", "en")).toBe("2021");
    expect(formatPartialDate("2021-09", "en")).toBe("Sept 2021");
    expect(formatPartialDate("2021-09-23", "en")).toBe("23 Sept 2021");
  });
  it("groups thousands and keeps units apart with a no-break space", () => {
    expect(formatNumber(13240, "en")).toBe("13,240");
    expect(formatUnit(1320, "MW", "en")).toBe("1,320\u00a0MW");
    expect(formatUnit(27.12, "km", "en")).toBe("27.1\u00a0km");
  });
});
