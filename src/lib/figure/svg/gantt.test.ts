import { describe, expect, it } from "vitest";
import { makeDataset, makeMetadata, makeProject } from "@/data/fixtures";
import { buildGanttFigure } from "../build/gantt";
import { svgProblems, svgTexts, testDrawContext, testFigureContext } from "../figure-test-support";
import { drawGanttBody, paginateGantt } from "./gantt";

/** 40 energy projects started a month apart from January 2015, and 3 transport ones. */
const dataset = makeDataset({
  metadata: makeMetadata({ dataAsOf: "2025-09-26" }),
  projects: [
    ...Array.from({ length: 40 }, (_, i) =>
      makeProject({
        id: `e${String(i).padStart(2, "0")}`,
        name: `Energy project number ${i + 1} with a long name that needs two lines on a slide`,
        dates: {
          start: `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
          plannedCompletion: "2020",
          completion: null,
        },
        status: "under-construction",
      }),
    ),
    ...Array.from({ length: 3 }, (_, i) =>
      makeProject({ id: `t${i}`, name: `Road ${i + 1}`, sector: "transport" }),
    ),
  ],
});

const figure = buildGanttFigure(dataset, testFigureContext("en"), { grouping: "sector" });
const ctx = testDrawContext("en", { fontSize: 18 });
const slide = { x: 64, y: 330, width: 1792, height: 660 };

describe("paginateGantt", () => {
  it("fills 16:9 slides with as many rows as fit, the group heading repeated and 'continued' in the title", () => {
    // Without the composer's caption a page's body is estimated at 1080 − 22 × 18 = 684 high;
    // two-line rows are 2.65 × 18 = 47.7, a heading 37.8, the axis 59.4: (684 − 97.2) / 47.7 = 12.3.
    const pages = paginateGantt(figure, "slide-16x9", ctx);
    expect(
      pages.map((p) => p.groups.map((g) => [g.key, g.rows.length, g.continued ?? false])),
    ).toEqual([
      [["energy", 12, false]],
      [["energy", 12, true]],
      [["energy", 12, true]],
      [
        ["energy", 4, true],
        ["transport", 3, false],
      ],
    ]);
    expect(pages.map((p) => p.title)).toEqual([
      "Construction periods of projects",
      "Construction periods of projects (continued)",
      "Construction periods of projects (continued)",
      "Construction periods of projects (continued)",
    ]);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4].map((index) => ({ index, count: 4 })));
    // Every row once, in order.
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.rows.map((r) => r.id)))).toEqual(
      figure.groups.flatMap((g) => g.rows.map((r) => r.id)),
    );
  });

  it("fills each page to the room its caption leaves: fewer rows under the first page's taller caption", () => {
    // Rows of two-line names are 2.65 × 18 = 47.7 high, a heading 37.8, the axis 59.4.
    const bodyArea = (p: typeof figure) => ({
      ...slide,
      height: p.page === null || p.page.index === 1 ? 600 : 700,
    });
    const pages = paginateGantt(figure, "slide-16x9", { ...ctx, bodyArea });
    expect(
      pages.map((p) => p.groups.map((g) => [g.key, g.rows.length, g.continued ?? false])),
    ).toEqual([
      // (600 − 59.4 − 37.8) / 47.7 = 10.5: ten rows.
      [["energy", 10, false]],
      // (700 − 59.4 − 37.8) / 47.7 = 12.6: twelve.
      [["energy", 12, true]],
      [["energy", 12, true]],
      // Six more (324), then the three one-line roads (37.8 + 3 × 30.6) in the 316.6 left.
      [
        ["energy", 6, true],
        ["transport", 3, false],
      ],
    ]);
  });

  it("evens the rows out over the same number of pages rather than leave a stub at the end", () => {
    // Room for 13 rows a page would leave one energy row and the three roads on a fourth page.
    const bodyArea = () => ({ ...slide, height: 760 });
    const pages = paginateGantt(figure, "slide-16x9", { ...ctx, bodyArea });
    expect(pages.map((p) => p.groups.map((g) => [g.key, g.rows.length, g.total ?? null]))).toEqual([
      // Each heading counts its group's rows on all pages.
      [["energy", 11, 40]],
      [["energy", 11, 40]],
      [["energy", 11, 40]],
      [
        ["energy", 7, 40],
        ["transport", 3, 3],
      ],
    ]);
  });

  it("keeps one page on screen and where everything fits", () => {
    expect(paginateGantt(figure, "screen", ctx)).toEqual([figure]);
    const small = buildGanttFigure(
      makeDataset({ projects: dataset.projects.slice(40) }),
      testFigureContext("en"),
      { grouping: "sector" },
    );
    expect(paginateGantt(small, "slide-16x9", ctx).map((p) => p.page)).toEqual([null]);
  });
});

describe("drawGanttBody", () => {
  const pages = paginateGantt(figure, "slide-16x9", ctx);
  const drawn = pages.map((p) => drawGanttBody(p, slide, ctx));

  it("draws hex colours only, no foreignObject, no text under the base size, ids unique across pages", () => {
    for (const markup of drawn) expect(svgProblems(markup, 18)).toEqual([]);
    expect(svgProblems(drawn.join(""), 18)).toEqual([]);
  });

  it("heads every page with the year axis and tells the as-of line from today", () => {
    for (const markup of drawn) {
      const texts = svgTexts(markup).map((t) => t.text);
      expect(texts).toEqual(expect.arrayContaining(["2016", "2020", "2026"]));
      expect(texts).toContain("Today");
      expect(texts).toContain("Data as of 26 Sept 2025");
      expect(markup).toContain('stroke-dasharray="6 4"');
    }
  });

  it("writes each name in full on at most two lines, inside the label column", () => {
    const texts = svgTexts(drawn[0]!);
    const first = texts.findIndex((t) => t.text.startsWith("Energy project number 1 "));
    const [line1, line2] = [texts[first]!, texts[first + 1]!];
    expect(`${line1.text} ${line2.text}`).toBe(
      "Energy project number 1 with a long name that needs two lines on a slide",
    );
    expect(line2.x).toBe(slide.x);
    expect(line2.y).toBeGreaterThan(line1.y);
    // Both lines fit the label column (a third of the width, at most 30 text sizes: 540).
    for (const line of [line1, line2])
      expect(ctx.measure(line.text, { size: 18, weight: 400 })).toBeLessThanOrEqual(540);
    expect(svgTexts(drawn[1]!).map((t) => t.text)).toContain("Energy (continued)");
    // The first page's heading counts the group's rows on every page, not only its own.
    expect(svgTexts(drawn[0]!).map((t) => t.text)).toContain("Energy (40)");
  });

  it("puts the names on the right in Urdu, the axis still running left to right", () => {
    const urCtx = testDrawContext("ur", { fontSize: 18 });
    const ur = buildGanttFigure(dataset, testFigureContext("ur"), { grouping: "sector" });
    const markup = drawGanttBody(paginateGantt(ur, "slide-16x9", urCtx)[0]!, slide, urCtx);
    const texts = svgTexts(markup);
    const name = texts.find((t) => t.text.startsWith("Energy project number 1 "))!;
    expect(name.x).toBe(slide.x + slide.width);
    expect(name.anchor).toBe("end");
    const years = texts.filter((t) => /^20\d\d$/.test(t.text));
    expect(years.map((t) => t.x)).toEqual([...years.map((t) => t.x)].sort((a, b) => a - b));
    expect(Number(years[0]!.text)).toBeLessThan(Number(years.at(-1)!.text));
  });
});
