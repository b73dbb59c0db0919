import { describe, expect, it } from "vitest";
import { bracketed, formatRange, labelled } from "./punctuation";

describe("labelled, bracketed and formatRange", () => {
  it("write a label's colon, an aside's brackets and a range as each language does", () => {
    expect(labelled("Several provinces", "US$900m", "en")).toBe("Several provinces: US$900m");
    expect(labelled("跨多个省份", "9亿美元", "zh")).toBe("跨多个省份：9亿美元");
    expect(labelled("متعدد صوبے", "90 کروڑ ڈالر", "ur")).toBe("متعدد صوبے: 90 کروڑ ڈالر");
    expect(bracketed("US$900m", "1 project", "en")).toBe("US$900m (1 project)");
    expect(
      bracketed("9亿美元", "1 个项目", { lang: "zh", digits: "latn", amounts: "international" }),
    ).toBe("9亿美元（1 个项目）");
    expect(formatRange("US$5bn", "US$10bn", "en")).toBe("US$5bn–US$10bn");
    expect(formatRange("50亿美元", "100亿美元", "zh")).toBe("50亿美元至100亿美元");
  });
});
