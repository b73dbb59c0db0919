/**
 * Pictures of the Gantt, timeline and map figures for scripts/pptx-samples.ts, drawn as the app
 * draws them (lib/figure/pptx-export): the figure composer's chart body at the slide's picture
 * size, in the light theme, rasterised by Chromium (the app rasterises in the page). Text is
 * measured with the composer's own fallback (no canvas in Node), a little wider than the fonts.
 */
import { chromium, type Browser, type Page } from "playwright";
import type { Figure } from "../src/lib/figure/figure";
import type { DeckPicture } from "../src/lib/figure/pptx/types";
import { composeBody } from "../src/lib/figure/svg/body-only";
import type { ComposeWords } from "../src/lib/figure/svg/compose";

type Size = { width: number; height: number };

export async function samplePictures(): Promise<{
  picture: (f: Figure, words: ComposeWords, size: Size) => Promise<DeckPicture>;
  close: () => Promise<void>;
}> {
  let browser: Browser | null = null;
  // One page for every picture: opening a page per picture took most of the script's time.
  let page: Page | null = null;
  // A figure in a single-figure file and in its deck is drawn once.
  const drawn = new Map<Figure, Promise<DeckPicture>>();
  const draw = async (figure: Figure, words: ComposeWords, size: Size): Promise<DeckPicture> => {
    const { width, height } = size;
    const svg = composeBody(figure, { width, height, theme: "light", words });
    browser ??= await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    });
    page ??= await browser.newPage({ viewport: { width, height } });
    await page.setViewportSize({ width, height });
    await page.setContent(`<body style="margin:0">${svg}</body>`);
    await page.evaluate(() => document.fonts.ready);
    const png = new Uint8Array(await page.screenshot({ type: "png" }));
    return { svg, png, width, height };
  };
  return {
    picture: (figure, words, size) => {
      if (!drawn.has(figure)) drawn.set(figure, draw(figure, words, size));
      return drawn.get(figure)!;
    },
    close: async () => {
      await browser?.close();
    },
  };
}
