import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../export/text-layout";
import type { Figure } from "../figure";
import { composeFigure, type ComposeOptions } from "./compose";
import { escapeXml, type FigureTarget } from "./draw-context";
import {
  makeBarsFigure,
  makeColumnsFigure,
  makePointsFigure,
  makeStepFigure,
  TEST_WORDS,
} from "./test-figures";

function compose(figure: Figure, target: FigureTarget, options: Partial<ComposeOptions> = {}) {
  return composeFigure(figure, {
    target,
    width: 720,
    theme: "light",
    background: "light",
    words: TEST_WORDS[figure.lang as "en" | "ur" | "zh"],
    measure: approximateTextWidth,
    ...options,
  });
}

function onePage(figure: Figure, target: FigureTarget, options: Partial<ComposeOptions> = {}) {
  const { pages } = compose(figure, target, options);
  expect(pages).toHaveLength(1);
  return pages[0]!;
}

const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => +m[1]!);
const paints = (svg: string) => [...svg.matchAll(/ (?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]!);

const KINDS = [
  ["bars", makeBarsFigure],
  ["columns", makeColumnsFigure],
  ["step", makeStepFigure],
  ["points", makePointsFigure],
] as const;

const TARGETS = [
  ["slide-16x9", 1920, 1080, 18],
  ["slide-4x3", 1600, 1200, 16],
  ["square", 1200, 1200, 16],
  ["a4-landscape", 1123, 794, 11],
] as const;

describe.each(KINDS)("a %s figure", (_kind, make) => {
  describe.each(TARGETS)("on %s", (target, width, height, smallest) => {
    const page = onePage(make("en"), target);

    it(`is ${width} × ${height} px, its smallest text ${smallest} px`, () => {
      expect([page.width, page.height]).toEqual([width, height]);
      expect(page.svg).toContain(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="en"`,
      );
      expect(Math.min(...fontSizes(page.svg))).toBe(smallest);
    });

    it("carries the caption: title, source, as-of, version, filters and link", () => {
      const figure = make("en");
      expect(page.svg).toContain(`<title>${escapeXml(figure.title)}</title>`);
      expect(page.svg).toContain(`<desc>${escapeXml(figure.summary)}</desc>`);
      expect(page.svg).toContain(`>${escapeXml(figure.title)}</text>`);
      expect(page.svg).toContain(">Source: CPEC Progress Dashboard dataset 1.1.0, from 3 sources<");
      expect(page.svg).toContain(">Data as of 30 Sept 2025 · Dataset version 1.1.0<");
      expect(page.svg).toContain(">Filters: Province = Sindh, Balochistan<");
      expect(page.svg).toContain(`>View: ${escapeXml(figure.link)}<`);
      expect(page.svg).toContain(">Umbrella programmes are counted once, in their own sector.<");
    });

    it("is a clean file: hex colours, no CSS, no foreignObject, no table reference", () => {
      for (const banned of ["foreignObject", "var(", "oklch", "class=", "style=", "rgb("])
        expect(page.svg).not.toContain(banned);
      expect(page.svg.toLowerCase()).not.toContain("see the table");
      expect(paints(page.svg).filter((p) => !/^(#[0-9a-f]{6}|none)$/.test(p))).toEqual([]);
    });

    it("parses as an SVG document", () => {
      const doc = new DOMParser().parseFromString(page.svg, "image/svg+xml");
      expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
      expect(doc.documentElement.namespaceURI).toBe("http://www.w3.org/2000/svg");
      expect(doc.documentElement.getAttribute("xml:lang")).toBe("en");
    });
  });

  it("on a screen takes the given width and a height from its content", () => {
    const page = onePage(make("en"), "screen", { width: 720 });
    expect(page.width).toBe(720);
    expect(page.svg).toContain(
      `width="720" height="${page.height}" viewBox="0 0 720 ${page.height}"`,
    );
    const baselines = [...page.svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => +m[1]!);
    expect(Math.max(...baselines)).toBeLessThan(page.height - 24);
    expect(Math.min(...fontSizes(page.svg))).toBe(11);
  });

  it("sets Urdu right to left, in isolates, anchored at the right margin", () => {
    const page = onePage(make("ur"), "slide-16x9");
    expect(page.svg).toContain('xml:lang="ur"');
    // The root stays left to right, so an Urdu page that inlines it does not flip the anchors.
    expect(page.svg).toMatch(/<svg [^>]*xml:lang="ur" direction="ltr"/);
    const title = page.svg.match(
      /<text x="([\d.]+)" y="[\d.]+" font-size="(\d+)" font-weight="700" font-family="([^"]*)"/,
    )!;
    expect([title[1], title[2], title[3]!.startsWith("&quot;Noto Nastaliq Urdu&quot;")]).toEqual([
      "1857",
      "44",
      true,
    ]);
    expect(page.svg).toContain(
      `text-anchor="end">\u2067${escapeXml(make("ur").title)}\u2069</text>`,
    );
    expect(page.svg).toContain(
      `>\u2067ماخذ: سی پیک پیش رفت ڈیش بورڈ ڈیٹاسیٹ 1.1.0، 3 ماخذوں سے\u2069<`,
    );
    expect(page.svg).toContain(`>\u2067منظر: \u2066${escapeXml(make("ur").link)}\u2069\u2069<`);
    expect(Math.min(...fontSizes(page.svg))).toBe(21);
  });

  it("draws Chinese in a CJK font stack", () => {
    const page = onePage(make("zh"), "slide-16x9");
    expect(page.svg).toContain('xml:lang="zh"');
    expect(page.svg).toContain("&quot;Noto Sans SC&quot;");
    expect(page.svg).toContain(">来源：中巴经济走廊进展仪表板数据集 1.1.0，来自 3 个来源<");
    expect(page.svg).toContain(">数据截至 2025年9月30日 · 数据集版本 1.1.0<");
  });
});

describe("composeFigure", () => {
  it("names the primary source with its publisher and date", () => {
    const figure = makeBarsFigure("en", {
      sources: {
        count: 3,
        primary: {
          publisher: "Ministry of Planning",
          title: "CPEC projects list",
          date: "2025-06",
          url: "https://example.org/list",
          records: 4,
        },
        list: [],
      },
    });
    expect(onePage(figure, "slide-16x9").svg).toContain(
      ">Source: Ministry of Planning, Jun 2025 · CPEC Progress Dashboard dataset 1.1.0, from 3 sources<",
    );
  });

  it("draws each legend shape as the chart draws it", () => {
    const shapes = ["square", "circle", "outline", "line", "dashed"] as const;
    const legend = shapes.map((shape, i) => ({
      label: shape,
      color: `chart-${i + 1}` as const,
      shape,
    }));
    const svg = onePage(makeStepFigure("en", { legend }), "slide-16x9").svg;
    const marks = [
      ...svg.matchAll(/<g><(rect|circle|line) ([^>]*)\/><text [^>]*>(\w+)<\/text><\/g>/g),
    ];
    expect(
      marks.map((m) => [
        m[3],
        m[1],
        /fill="none"/.test(m[2]!),
        /rx="2"/.test(m[2]!),
        /stroke-dasharray/.test(m[2]!),
      ]),
    ).toEqual([
      ["square", "rect", false, true, false],
      ["circle", "circle", false, false, false],
      ["outline", "rect", true, false, false],
      ["line", "line", false, false, false],
      ["dashed", "line", false, false, true],
    ]);
    expect(marks.map((m) => /(?:fill|stroke)="(#[0-9a-f]{6})"/.exec(m[2]!)?.[1])).toEqual([
      "#0072b2",
      "#b35900",
      "#00805d",
      "#b4558a",
      "#2a7fb8",
    ]);
  });

  it('writes "none" when nothing is filtered', () => {
    const page = onePage(makeStepFigure("en", { filters: [] }), "slide-16x9");
    expect(page.svg).toContain(">Filters: none<");
  });

  it("fills the background of its theme, or leaves it transparent", () => {
    const rect = '<rect x="0" y="0" width="1920" height="1080" fill=';
    expect(onePage(makeBarsFigure(), "slide-16x9").svg).toContain(`${rect}"#ffffff"/>`);
    const dark = onePage(makeBarsFigure(), "slide-16x9", { theme: "dark", background: "dark" });
    expect(dark.svg).toContain(`${rect}"#111a2e"/>`);
    expect(dark.svg).toContain('fill="#e5e7eb">Investment by sector<');
    const clear = onePage(makeBarsFigure(), "slide-16x9", { background: "transparent" });
    expect(clear.svg).not.toContain(rect);
  });

  it("draws one page per part of a kind that paginates", () => {
    const figure = makeBarsFigure();
    const { pages } = compose(figure, "slide-16x9", {
      registry: {
        bodies: { bars: () => "" },
        paginators: {
          bars: (f) => [
            { ...f, title: "Part one", bars: f.bars.slice(0, 3) },
            { ...f, title: "Part two", bars: f.bars.slice(3) },
          ],
        },
        heights: {},
      },
    });
    expect(pages.map((p) => p.svg.match(/<title>(.*)<\/title>/)![1])).toEqual([
      "Part one",
      "Part two",
    ]);
  });

  it("names the kind it has no body for", () => {
    const registry = { bodies: {}, paginators: {}, heights: {} };
    expect(() => compose(makeColumnsFigure(), "square", { registry })).toThrow(
      "No chart body to draw a “columns” figure (documents.by-year)",
    );
  });
});
