import { afterEach, describe, expect, it } from "vitest";
import { parseSimpleColor, type ColorConverter } from "./colors";
import { composeFigureSvg, layoutFigure } from "./compose";
import { SVG_NS } from "./figure-dom";
import { approximateTextWidth } from "./text-layout";

// jsdom has no canvas: tokens resolve from this table, as the page's stylesheet would.
const TOKENS: Record<string, string> = {
  "var(--color-energy)": "oklch(0.55 0.13 245)",
  "var(--color-transport)": "#b35900",
  "var(--chart-1)": "#0072b2",
  "var(--chart-2)": "#b35900",
  "var(--chart-grid)": "#e5e7eb",
  "var(--foreground)": "#111827",
};
const OKLCH: Record<string, string> = { "oklch(0.55 0.13 245)": "#0072b2" };
const convert: ColorConverter = (css) => {
  const v = TOKENS[css.trim()] ?? css.trim();
  return OKLCH[v] ?? parseSimpleColor(v) ?? null;
};

function fixture() {
  document.body.innerHTML = `
    <section data-figure="Investment by sector">
      <header>
        <h2 data-figure-title>Investment by sector</h2>
        <p data-figure-subtitle>Estimated cost in US dollars</p>
        <button>Show as table</button>
      </header>
      <div data-figure-body>
        <ul aria-label="Legend">
          <li><span aria-hidden="true" style="background-color: var(--chart-1)"></span>Energy</li>
          <li><span aria-hidden="true" style="background-color: var(--chart-2)"></span>Transport infrastructure</li>
        </ul>
        <div data-chart style="--color-energy: var(--chart-1)">
          <div class="recharts-wrapper">
            <svg class="recharts-surface" width="600" height="300" viewBox="0 0 600 300" style="color: var(--foreground)">
              <g class="recharts-cartesian-grid"><line x1="0" x2="600" y1="10" y2="10" stroke="var(--chart-grid)" /></g>
              <g class="recharts-bar-rectangle"><rect class="bar" x="0" y="20" width="400" height="40" fill="var(--color-energy)" /></g>
              <g class="recharts-bar-rectangle"><rect x="0" y="80" width="420" height="40" fill="var(--color-transport)" /></g>
              <text class="recharts-text" x="10" y="200" fill="var(--foreground)" font-size="12">US$21.1bn</text>
              <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">HTML</div></foreignObject>
            </svg>
          </div>
        </div>
      </div>
      <footer><span data-figure-source>Source: CPEC dataset 1.1.0</span><span data-figure-asof>Data as of 26 Sept 2025</span></footer>
    </section>`;
  return document.querySelector("section")!;
}

// jsdom does not cascade SVG presentation attributes into computed style; a browser does. This
// reader gives what a browser's getComputedStyle gives for the fixture: attribute, then inline style.
const readStyle = (el: Element) => ({
  getPropertyValue: (prop: string) =>
    el.getAttribute(prop) ?? (el as HTMLElement).style?.getPropertyValue(prop) ?? "",
});

const colors = {
  background: "#ffffff",
  foreground: "#111827",
  muted: "#4b5563",
  border: "#d1d5db",
};
const measureText = approximateTextWidth;

afterEach(() => {
  document.body.innerHTML = "";
});

describe("composeFigureSvg", () => {
  it("makes a standalone SVG: no var(), oklch(), color-mix(), foreignObject or HTML", async () => {
    const svg = await composeFigureSvg(fixture(), {
      width: 1280,
      height: 720,
      pixelWidth: 1920,
      pixelHeight: 1080,
      large: true,
      colors,
      convertColor: convert,
      measureText,
      readStyle,
    });
    for (const banned of ["var(", "oklch(", "color-mix(", "foreignObject", "class=", "style="]) {
      expect(svg).not.toContain(banned);
    }
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual(["1920", "1080"]);
    expect(root.getAttribute("viewBox")).toBe("0 0 1280 720");
    const all = [root, ...root.querySelectorAll("*")];
    expect(all.filter((el) => el.namespaceURI !== SVG_NS).map((el) => el.localName)).toEqual([]);
    const texts = [...root.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Investment by sector",
        "Estimated cost in US dollars",
        "Energy",
        "Transport infrastructure",
        "US$21.1bn",
        "Source: CPEC dataset 1.1.0 · Data as of 26 Sept 2025",
      ]),
    );
    // The bars keep their series colours, resolved from tokens and oklch to hex.
    const bars = [...root.querySelectorAll("rect[width='400'], rect[width='420']")];
    expect(bars.map((b) => b.getAttribute("fill"))).toEqual(["#0072b2", "#b35900"]);
    // The legend swatches are SVG rects in the series colours.
    expect(
      [...root.querySelectorAll("g > rect")].map((r) => r.getAttribute("fill")).slice(0, 2),
    ).toEqual(["#0072b2", "#b35900"]);
    expect(
      root.querySelector("text")?.getAttribute("font-family") ?? root.getAttribute("font-family"),
    ).toContain("Noto Sans");
  });

  it("takes the frame's width and the chart's height when no preset is given", async () => {
    const frame = fixture();
    const svg = await composeFigureSvg(frame, {
      width: 640,
      colors: { ...colors, background: null },
      convertColor: convert,
      measureText,
      readStyle,
      text: { footer: ["Filters: Sector = Energy"] },
    });
    const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
    expect(root.getAttribute("width")).toBe("640");
    const layout = layoutFigure(
      {
        title: "Investment by sector",
        subtitle: "Estimated cost in US dollars",
        legend: [
          { label: "Energy", color: "#0072b2", shape: "square" },
          { label: "Transport infrastructure", color: "#b35900", shape: "square" },
        ],
        footer: ["Filters: Sector = Energy"],
      },
      { width: 640, chartHeight: 300, measure: measureText },
    );
    expect(root.getAttribute("height")).toBe(String(layout.height));
    expect(layout.chart.height).toBe(300);
    // Transparent: no background rectangle before the title.
    expect(root.querySelector("rect[width='640']")).toBeNull();
    expect(svg).toContain("Filters: Sector = Energy");
  });

  it("sets an Urdu caption right to left from the right margin, in a font with Urdu glyphs", async () => {
    const frame = fixture();
    const svg = await composeFigureSvg(frame, {
      width: 640,
      colors,
      convertColor: convert,
      measureText,
      readStyle,
      text: {
        title: "شعبہ وار سرمایہ کاری",
        legend: [{ label: "توانائی", color: "#0072b2", shape: "square" }],
        footer: ["ماخذ: سی پیک ڈیٹا سیٹ 1.1.0 · ڈیٹا بتاریخ 26 ستمبر، 2025"],
        lang: "ur",
      },
    });
    const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
    expect(root.getAttribute("font-family")).toContain('"Noto Naskh Arabic"');
    expect(root.getAttribute("xml:lang")).toBe("ur");
    const padding = layoutFigure(
      { title: "", legend: [], footer: [] },
      { width: 640, measure: measureText },
    ).padding;
    const caption = (text: string) =>
      [...root.querySelectorAll(":scope > text, :scope > g > text")].find((t) =>
        t.textContent?.includes(text),
      )!;
    const title = caption("شعبہ وار سرمایہ کاری");
    expect(title.textContent).toBe("\u2067شعبہ وار سرمایہ کاری\u2069");
    expect(title.getAttribute("text-anchor")).toBe("end");
    expect(title.getAttribute("x")).toBe(String(640 - padding));
    expect(caption("ماخذ:").getAttribute("x")).toBe(String(640 - padding));
    // The legend starts at the right: swatch at the right margin, its label to the left of it.
    const swatch = root.querySelector(":scope > g > rect")!;
    const label = caption("توانائی");
    expect(Number(swatch.getAttribute("x")) + Number(swatch.getAttribute("width"))).toBe(
      640 - padding,
    );
    expect(Number(label.getAttribute("x"))).toBeLessThan(Number(swatch.getAttribute("x")));
    expect(label.getAttribute("text-anchor")).toBe("end");
  });

  it("draws a Chinese caption left to right in a font with CJK glyphs", async () => {
    const svg = await composeFigureSvg(fixture(), {
      width: 640,
      colors,
      convertColor: convert,
      measureText,
      readStyle,
      text: { title: "各领域投资", lang: "zh-CN" },
    });
    const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
    expect(root.getAttribute("font-family")).toContain('"Noto Sans CJK SC"');
    const title = [...root.querySelectorAll("text")].find((t) => t.textContent === "各领域投资")!;
    expect(title.getAttribute("text-anchor")).toBeNull();
    // The chart's own tick labels get the same fonts.
    const tick = [...root.querySelectorAll("text")].find((t) => t.textContent === "US$21.1bn")!;
    expect(tick.getAttribute("font-family")).toContain('"Noto Sans SC"');
  });

  it("refuses a figure with no chart drawing rather than exporting an empty one", async () => {
    document.body.innerHTML = `<section><h2 data-figure-title>Gantt</h2><div data-figure-body><p>HTML only</p></div></section>`;
    await expect(
      composeFigureSvg(document.querySelector("section")!, {
        colors,
        convertColor: convert,
        measureText,
      }),
    ).rejects.toThrow("“Gantt” has no chart drawing to export");
  });
});
