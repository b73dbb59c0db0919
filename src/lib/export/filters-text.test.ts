import { describe, expect, it } from "vitest";
import i18next from "i18next";
import common from "@/locales/en/common.json";
import exportMessages from "@/locales/en/export.json";
import { describeFilters } from "./filters-text";

const i18n = i18next.createInstance();
void i18n.init({
  lng: "en",
  resources: { en: { translation: { ...common, ...exportMessages } } },
  interpolation: { escapeValue: false },
});
const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);

describe("describeFilters", () => {
  it("says each active filter in words, with the common labels", () => {
    const search = new URLSearchParams("sector=energy,transport&from=2020&to=2015&q=port");
    expect(describeFilters(search, t)).toEqual([
      "Sector = Energy, Transport infrastructure",
      "Years 2015–2020",
      "“port”",
    ]);
  });

  it("skips unknown values and is empty without filters", () => {
    expect(describeFilters(new URLSearchParams("sector=nope&view=map"), t)).toEqual([]);
    expect(describeFilters(new URLSearchParams("status=operational&to=2018"), t)).toEqual([
      "Status = Operational",
      "Years …–2018",
    ]);
  });
});
