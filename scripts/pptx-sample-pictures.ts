/**
 * Pictures of the sample gantt, timeline and map figures for scripts/pptx-samples.ts: a plain SVG
 * drawn from each figure's own values (rows, marks, coordinates) and rasterised by Chromium at the
 * slide's picture size. The app passes the figure composer's drawing instead; this stand-in only
 * has to be a real picture of the figure so the decks can be opened and looked at.
 */
import { chromium, type Browser } from "playwright";
import type { ColorToken, Figure } from "../src/lib/figure/figure";
import type { DeckPicture } from "../src/lib/figure/pptx/types";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function body(
  figure: Figure,
  w: number,
  h: number,
  color: (t: ColorToken) => string,
  font: string,
) {
  const text = (x: number, y: number, s: string, anchor = "start") =>
    `<text x="${x}" y="${y}" font-family="${font}" font-size="28" text-anchor="${anchor}" fill="#111827">${esc(s)}</text>`;
  const span = (start: number, end: number) => (t: number) =>
    320 + ((t - start) / (end - start)) * (w - 360);
  switch (figure.kind) {
    case "gantt": {
      const x = span(figure.domain.start, figure.domain.end);
      const rows = figure.groups.flatMap((g) => g.rows);
      return rows
        .map((r, i) => {
          const y = 60 + i * 70;
          const bar = r.bar
            ? `<rect x="${x(r.bar.start)}" y="${y}" width="${x(r.bar.end) - x(r.bar.start)}" height="40" fill="${color(r.color)}"/>`
            : "";
          return text(20, y + 30, r.label) + bar;
        })
        .join("");
    }
    case "timeline": {
      const x = span(figure.domain.start, figure.domain.end);
      return figure.lanes
        .map((lane, i) => {
          const y = 80 + i * 120;
          const marks = lane.marks
            .map((m) => `<circle cx="${x(m.start)}" cy="${y}" r="14" fill="${color(lane.color)}"/>`)
            .join("");
          return text(20, y + 10, lane.label) + marks;
        })
        .join("");
    }
    case "map": {
      // Pakistan's extent, roughly 60–78°E and 23–37.5°N, as an equirectangular frame.
      const px = (lon: number) => 320 + ((lon - 60) / 18) * (h - 80);
      const py = (lat: number) => h - 40 - ((lat - 23) / 14.5) * (h - 80);
      const frame = `<rect x="${px(60)}" y="${py(37.5)}" width="${px(78) - px(60)}" height="${py(23) - py(37.5)}" fill="none" stroke="#4b5563"/>`;
      return (
        frame +
        figure.marks
          .map((m) => {
            const [lon, lat] = m.coordinates[0]!;
            return `<circle cx="${px(lon)}" cy="${py(lat)}" r="16" fill="${color(m.color)}"/>${text(px(lon) + 24, py(lat) + 10, m.label)}`;
          })
          .join("")
      );
    }
    default:
      throw new Error(`${figure.kind} is drawn as a native chart, not a picture`);
  }
}

export async function samplePictures(
  color: (t: ColorToken) => string,
  size: { width: number; height: number },
): Promise<{
  picture: (f: Figure, font: string) => Promise<DeckPicture>;
  close: () => Promise<void>;
}> {
  let browser: Browser | null = null;
  return {
    picture: async (figure, font) => {
      const { width, height } = size;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#ffffff"/>${body(figure, width, height, color, font)}</svg>`;
      browser ??= await chromium.launch({
        executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      });
      const page = await browser.newPage({ viewport: { width, height } });
      await page.setContent(`<body style="margin:0">${svg}</body>`);
      const png = new Uint8Array(await page.screenshot({ type: "png" }));
      await page.close();
      return { svg, png, width, height };
    },
    close: async () => {
      await browser?.close();
    },
  };
}
