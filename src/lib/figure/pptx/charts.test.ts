import { beforeAll, describe, expect, it } from "vitest";
import {
  makeBarsFigure,
  makeColumnsFigure,
  makeGanttFigure,
  makePointsFigure,
  makeStepFigure,
  SAMPLE_SOURCES,
} from "./deck-fixtures";
import { labelSkip } from "./chart-axes";
import {
  cachedValues,
  categories,
  chartOf,
  dataSheet,
  input,
  loadDeckWords,
  pictured,
  png,
  slideCount,
  text,
  unzip,
} from "./deck-test-support";
import { buildFigureSlide } from "./slides";

beforeAll(loadDeckWords);

describe("labelSkip", () => {
  it("labels every year that fits under the chart, and every second when Chinese years do not", () => {
    const years = Array.from({ length: 19 }, (_, i) => String(2007 + i));
    expect(labelSkip(years)).toBe(1);
    expect(labelSkip(years.map((y) => `${y}年`))).toBe(2);
  });
});

describe("buildFigureSlide", () => {
  it("draws bars as a native bar chart with the figure's numbers, colours and labels, leaving out what was not reported", async () => {
    const zip = await unzip(await buildFigureSlide(makeBarsFigure(), input("en", [])));
    expect(slideCount(zip)).toBe(1);
    const chart = await chartOf(zip, 1);
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(categories(chart)).toEqual(["Sample A", "Sample B", "Sample D"]);
    // US$ millions shown in US$ billion: 25,400.5 → 25.4005, 1,912.2 → 1.9122, 240 → 0.24.
    expect(cachedValues(chart)).toEqual([
      [
        [0, 25.4005],
        [1, 1.9122],
        [2, 0.24],
      ],
    ]);
    expect(chart).not.toContain("Sample C");
    expect(chart).toContain("Investment (US$ billion)");
    const colours = [...chart.matchAll(/<c:dPt>[\s\S]*?<a:srgbClr val="(\w+)"/g)].map((m) => m[1]);
    expect(colours).toEqual(["0072B2", "B35900", "B4558A"]);
    expect(chart).toContain('formatCode="#,##0.0"');

    const slide = await text(zip, "ppt/slides/slide1.xml");
    expect(slide).toContain("Sample investment by category (synthetic data)");
    expect(slide).toContain("Not reported, so not drawn: Sample C");
    expect(slide).toContain(
      "Dataset version 0.0.0-sample · Data as of 30 Jun 2025 · Filters: none",
    );
    // Chinese or Urdu source titles in an English deck have faces of their own.
    expect(slide).toContain(
      '<a:latin typeface="Noto Sans"/><a:ea typeface="Microsoft YaHei"/><a:cs typeface="Noto Naskh Arabic"/>',
    );

    const notes = await text(zip, "ppt/notesSlides/notesSlide1.xml");
    expect(notes).toContain("<a:t>Alt text of sample.bars: the largest value is first.</a:t>");
    expect(notes).toContain("<a:t>Not reported, so not drawn: Sample C</a:t>");
    expect(notes).toContain(
      "<a:t>• Sample Publisher, Sample annual report (Mar 2024) https://example.org/sample-annual-report</a:t>",
    );
    expect(notes).toContain(
      "<a:t>• Another Sample Body, Sample press release (undated) https://example.org/sample-press-release</a:t>",
    );
  });

  it("names the primary source on the slide where the figure has one", async () => {
    const figure = makeBarsFigure({
      sources: { count: 2, primary: SAMPLE_SOURCES[0]!, list: SAMPLE_SOURCES },
    });
    const zip = await unzip(await buildFigureSlide(figure, input("en", [])));
    expect(await text(zip, "ppt/slides/slide1.xml")).toContain(
      "Source: Sample Publisher, Sample annual report (Mar 2024)",
    );
  });

  it("stacks columns by series, with a missing value absent from the cache rather than zero", async () => {
    const zip = await unzip(await buildFigureSlide(makeColumnsFigure(), input("en", [])));
    const chart = await chartOf(zip, 1);
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(categories(chart)).toEqual(["2019", "2020", "2021", "2022"]);
    expect(cachedValues(chart)).toEqual([
      [
        [0, 4],
        [1, 0],
        [2, 7],
        [3, 12],
      ],
      [
        [0, 1],
        [1, 3],
        [2, 2],
      ],
    ]);
    expect(chart).not.toMatch(/<c:v><\/c:v>/);
    // The data sheet PowerPoint edits: the zero is 0, the missing value has no cell.
    const sheet = await dataSheet(zip, 1);
    expect(sheet).toContain('<c r="B3"><v>0</v></c>');
    expect(sheet).toContain('<c r="B5"><v>12</v></c></row>');
    expect(sheet).not.toContain('r="C5"');
    expect(sheet).not.toContain("<v></v>");
    expect(chart).toContain("<c:v>Sample MoU</c:v>");
    expect(chart).toContain('formatCode="#,##0;-#,##0;"');
  });

  it("draws a step figure as a line with its last value labelled", async () => {
    const zip = await unzip(await buildFigureSlide(makeStepFigure(), input("en", [])));
    const chart = await chartOf(zip, 1);
    expect(chart).toContain("<c:lineChart>");
    expect(categories(chart)).toEqual(["2016", "2017", "2018", "2019", "2020", "2021"]);
    expect(cachedValues(chart)[0]!.map(([, v]) => v)).toEqual([
      0, 1320, 3960, 5280.5, 5280.5, 8020,
    ]);
    expect(chart).toContain("Capacity operating (MW)");
    expect([...chart.matchAll(/<c:delete val="1"\/><\/c:dLbl>/g)]).toHaveLength(5);
    // Every label fits; where one is skipped, tickLblSkip comes where the schema puts it.
    expect(chart).toContain('<c:tickLblSkip val="1"/><c:noMultiLvlLbl val="1"/>');
  });

  it("draws points as a scatter chart on a date axis, each scope its own series", async () => {
    const zip = await unzip(await buildFigureSlide(makePointsFigure(), input("en", [])));
    const chart = await chartOf(zip, 1);
    expect(chart).toContain("<c:scatterChart>");
    // Excel serial days; a partial date sits at the middle of its span (2017 → 1 July 2017).
    expect(cachedValues(chart, "c:xVal")[0]).toEqual([
      [0, 42114],
      [1, 42917],
      [2, 43631],
      [3, 44867],
    ]);
    expect(cachedValues(chart, "c:yVal")).toEqual([
      [
        [2, 18.9],
        [3, 25.4],
      ],
      [
        [0, 46],
        [1, 62],
      ],
    ]);
    const xAxis = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(chart)![0];
    expect(xAxis).toContain('<c:numFmt formatCode="yyyy" sourceLinked="0"/>');
    // From 2 January 2015 to 2 January 2023, a tick a year: each falls on its own year.
    expect(xAxis).toContain('<c:max val="44928"/><c:min val="42006"/>');
    expect(xAxis).toMatch(/<c:crossBetween val="midCat"\/><c:majorUnit val="365.25"\/>/);
  });

  it("puts a gantt in as its picture, the PNG with the SVG beside it", async () => {
    pictured.length = 0;
    const figure = makeGanttFigure();
    const zip = await unzip(await buildFigureSlide(figure, input("en", [])));
    expect(pictured).toEqual([figure]);
    expect(Object.keys(zip.files).filter((p) => /^ppt\/charts\/.*\.xml$/.test(p))).toEqual([]);
    const slide = await text(zip, "ppt/slides/slide1.xml");
    expect(slide).toMatch(
      /<a:blip r:embed="rId\d+">.*<asvg:svgBlip [^>]*r:embed="rIdFigureSvg"\/>/s,
    );
    expect(await text(zip, "ppt/media/figure-1.svg")).toContain('id="sample.gantt"');
    const pngs = Object.keys(zip.files).filter((p) => /^ppt\/media\/.*\.png$/.test(p));
    expect(pngs).toHaveLength(1);
    expect(await zip.file(pngs[0]!)!.async("uint8array")).toEqual(png);
  });

  it("states a picture's legend above it, each entry in its colour", async () => {
    const figure = makeGanttFigure({
      legend: [
        { label: "Operational", color: "chart-3", shape: "square" },
        { label: "Planned completion", color: "foreground", shape: "diamond" },
      ],
    });
    const slide = await text(
      await unzip(await buildFigureSlide(figure, input("en", []))),
      "ppt/slides/slide1.xml",
    );
    const runs = [...slide.matchAll(/<a:r>[\s\S]*?<\/a:r>/g)].map((m) => m[0]);
    const legend = runs.filter((r) => /[■◇]|Operational|Planned.completion/.test(r));
    // No-break spaces inside an entry, so that a line breaks only between entries.
    expect(legend.map((r) => /<a:t>([^<]*)<\/a:t>/.exec(r)![1])).toEqual([
      "■\u00a0",
      "Operational",
      "   ◇\u00a0",
      "Planned\u00a0completion",
    ]);
    expect(legend[0]).toContain('<a:srgbClr val="00805D"/>');
  });
});

describe("Urdu digits in a native chart's number formats", () => {
  it("writes Extended Arabic-Indic digits through the Persian locale code when the reader chose them", async () => {
    const figure = makeBarsFigure({
      lang: "ur",
      format: { lang: "ur", digits: "arab", amounts: "south-asian" },
    });
    const arab = { ...input("ur", []), format: figure.format };
    const chart = await chartOf(await unzip(await buildFigureSlide(figure, arab)), 1);
    const codes = [...chart.matchAll(/formatCode="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(codes)).toEqual(new Set(["[$-3000429]#,##0.0", "General"]));
    // The data sheet keeps the numbers themselves.
    expect(cachedValues(chart)[0]![0]).toEqual([0, 25.4005]);
  });

  it("leaves the formats alone in Latin digits, and every section gets the locale, an empty one none", async () => {
    const { formatCodeIn } = await import("./value-scale");
    const latn = { lang: "ur", digits: "latn", amounts: "south-asian" } as const;
    expect(formatCodeIn("#,##0.0", latn)).toBe("#,##0.0");
    expect(formatCodeIn("#,##0;-#,##0;", { ...latn, digits: "arab" })).toBe(
      "[$-3000429]#,##0;[$-3000429]-#,##0;",
    );
    expect(formatCodeIn("0", { ...latn, lang: "en", digits: "arab" })).toBe("0");
  });
});
