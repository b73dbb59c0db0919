import { describe, expect, it } from "vitest";
import { makeDataset, makeProject } from "@/data/fixtures";
import { figureContextFor } from "@/test-utils";
import { altText } from "./alt-text";
import { buildSectorFigure } from "./build/overview-bars";
import { buildCompletedFigure } from "./build/overview-time";

const ds = makeDataset({
  projects: [
    makeProject({
      sector: "energy",
      cost: { usdMillions: 1912.2, stage: "estimated", asOf: "2020" },
      dates: { start: "2014", plannedCompletion: null, completion: "2017-05" },
    }),
    makeProject({
      sector: "transport",
      subtype: "road",
      capacity: null,
      cost: { usdMillions: 240, stage: "estimated", asOf: "2020" },
      dates: { start: "2015", plannedCompletion: null, completion: "2019-01" },
    }),
    makeProject({
      sector: "gwadar",
      subtype: "port",
      capacity: null,
      cost: null,
      status: "planned",
      dates: { start: null, plannedCompletion: null, completion: null },
    }),
  ],
});

describe("alt text from the figure's numbers", () => {
  it("English: largest, smallest, not reported (never zero), source", async () => {
    const ctx = await figureContextFor("en");
    const text = altText(buildSectorFigure(ds, ctx), ctx.t, ctx.format);
    expect(text).toContain(
      "Largest Investment: Energy (US$1.91 billion); smallest: Transport infrastructure (US$240 million).",
    );
    expect(text).toContain("Not reported: Gwadar.");
    expect(text).not.toMatch(/US\$0/);
    expect(text).toMatch(
      /Source: CPEC Progress Dashboard dataset 1\.0\.0, from 1 source, data as of /,
    );
  });

  it("Urdu with Latin digits names the same largest sector, with Urdu scale words", async () => {
    const ctx = await figureContextFor("ur");
    const text = altText(buildSectorFigure(ds, ctx), ctx.t, ctx.format);
    expect(text).toContain("سب سے زیادہ");
    expect(text).toContain("توانائی (1.91 ارب ڈالر)");
    expect(text).toContain("ٹرانسپورٹ انفراسٹرکچر (24 کروڑ ڈالر)");
    expect(text).toMatch(/^شعبہ وار سرمایہ کاری۔ /);
  });

  it("Urdu with Urdu digits writes ۰–۹ and still finds the facts", async () => {
    const ctx = await figureContextFor("ur");
    const arab = { ...ctx, format: { ...ctx.format, digits: "arab" as const } };
    const text = altText(buildSectorFigure(ds, arab), arab.t, arab.format);
    expect(text).toContain("توانائی (۱٫۹۱ ارب ڈالر)");
    expect(text).toContain("ڈیٹاسیٹ 1.0.0، ۱ ماخذ سے");
    expect(text.replace("1.0.0", "")).not.toMatch(/[0-9]/);
  });

  it("Chinese: the largest is energy, in 亿美元; trend over years for a cumulative figure", async () => {
    const ctx = await figureContextFor("zh");
    expect(altText(buildSectorFigure(ds, ctx), ctx.t, ctx.format)).toContain("能源（19.1亿美元）");
    const trend = altText(buildCompletedFigure(ds, ctx, "usd"), ctx.t, ctx.format);
    expect(trend).toContain("从2017年到2019年，由19.1亿美元升至21.5亿美元。");
  });
});
