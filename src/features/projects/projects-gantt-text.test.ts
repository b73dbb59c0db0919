import { describe, expect, it } from "vitest";
import { makeProject } from "@/data/fixtures";
import { ganttRow } from "@/data/selectors/gantt";
import { testFigureContext } from "@/lib/figure/figure-test-support";
import { bindFormat } from "@/shared/use-format";
import { rowForKey } from "./projects-gantt-keyboard";
import { delayText, rowFacts, rowName } from "./projects-gantt-text";

const today = Date.UTC(2025, 8, 26);
const sahiwal = ganttRow(
  makeProject({
    id: "sahiwal",
    name: "Sahiwal coal plant",
    names: { ur: "ساہیوال کول پاور پلانٹ", zh: "萨希瓦尔燃煤电站" },
    status: "operational",
    dates: { start: "2015-07-31", plannedCompletion: "2017-12", completion: "2017-06" },
  }),
  today,
);
const thar = ganttRow(
  makeProject({
    id: "thar",
    name: "Thar block II",
    status: "under-construction",
    dates: { start: "2016", plannedCompletion: "2019", completion: null },
  }),
  today,
);

function setting(lang: "en" | "ur" | "zh", digits: "latn" | "arab" = "latn") {
  const t = testFigureContext(lang).t;
  const format = bindFormat({
    lang,
    digits,
    amounts: lang === "ur" ? "south-asian" : "international",
  });
  return { t, format };
}

describe("the Gantt row's words", () => {
  it("names the row by its visible name, in the reader's language where a source gives one", () => {
    expect(rowName(sahiwal, setting("en").format)).toBe("Sahiwal coal plant");
    expect(rowName(sahiwal, setting("ur").format)).toBe("ساہیوال کول پاور پلانٹ");
    expect(rowName(sahiwal, setting("zh").format)).toBe("萨希瓦尔燃煤电站");
    // No Chinese name for Thar: the English one, which the row shows too.
    expect(rowName(thar, setting("zh").format)).toBe("Thar block II");
  });

  it("describes status, dates and delay as sentences, in the reader's language and digits", () => {
    const en = setting("en");
    expect(rowFacts(sahiwal, en.t, en.format)).toBe(
      "Operational. Start 31 Jul 2015. Completed Jun 2017. Planned completion Dec 2017. 6 months early",
    );
    expect(rowFacts(thar, en.t, en.format)).toBe(
      "Under construction. Start 2016. Under way today. Planned completion 2019",
    );
    const ur = setting("ur", "arab");
    const facts = rowFacts(sahiwal, ur.t, ur.format);
    expect(facts).toContain("۲۰۱۵");
    expect(facts).not.toMatch(/[0-9]/);
    expect(facts.split("۔ ")).toHaveLength(5);
    const zh = setting("zh");
    expect(rowFacts(thar, zh.t, zh.format).split("。")).toHaveLength(4);
  });

  it("writes the short delay with the reader's digits", () => {
    const en = setting("en");
    expect(delayText(sahiwal, en.t, en.format)).toBe("−6 mo");
    expect(delayText(thar, en.t, en.format)).toBe("");
    const ur = setting("ur", "arab");
    expect(delayText(sahiwal, ur.t, ur.format)).toBe("\u2066−۶\u2069 ماہ");
  });
});

describe("rowForKey", () => {
  it("moves one row with the arrows, stopping at the ends, and to the ends with Home and End", () => {
    expect(rowForKey("ArrowDown", 0, 3)).toBe(1);
    expect(rowForKey("ArrowDown", 2, 3)).toBe(2);
    expect(rowForKey("ArrowUp", 0, 3)).toBe(0);
    expect(rowForKey("ArrowUp", 2, 3)).toBe(1);
    expect(rowForKey("Home", 2, 3)).toBe(0);
    expect(rowForKey("End", 0, 3)).toBe(2);
    expect(rowForKey("Enter", 1, 3)).toBeNull();
  });
});
