/**
 * Writes sample SVGs of every kind the composer draws, at each target, in English, Urdu and
 * Chinese, light and dark, to a folder to look at (not committed):
 *   npx tsx scripts/figure-samples.ts /tmp/svg-samples
 * Text is measured with an estimate (no canvas here) that counts CJK glyphs a full em.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { approximateTextWidth, type TextMeasurer } from "../src/lib/export/text-layout";
import type { Figure } from "../src/lib/figure/figure";
import { composeFigure } from "../src/lib/figure/svg/compose";
import type { FigureTarget } from "../src/lib/figure/svg/draw-context";
import {
  makeBarsFigure,
  makeColumnsFigure,
  makePointsFigure,
  makeStepFigure,
  TEST_WORDS,
} from "../src/lib/figure/svg/test-figures";

const wide = /[\u2e80-\u9fff\uff00-\uffef]/g;
const measure: TextMeasurer = (text, style) => {
  const cjk = text.match(wide)?.length ?? 0;
  return approximateTextWidth(text.replace(wide, ""), style) + cjk * style.size;
};

const dir = process.argv[2] ?? "/tmp/svg-samples";
mkdirSync(dir, { recursive: true });
const targets: FigureTarget[] = ["slide-16x9", "slide-4x3", "square", "a4-landscape", "screen"];
for (const lang of ["en", "ur", "zh"] as const) {
  const figures: Figure[] = [
    makeBarsFigure(lang),
    makeColumnsFigure(lang),
    makeStepFigure(lang),
    makePointsFigure(lang),
  ];
  for (const figure of figures) {
    for (const theme of ["light", "dark"] as const) {
      for (const target of targets) {
        const { pages } = composeFigure(figure, {
          target,
          width: 720,
          theme,
          background: theme,
          words: TEST_WORDS[lang],
          measure,
        });
        pages.forEach((page, i) => {
          const name = `${figure.kind}-${target}-${lang}-${theme}${pages.length > 1 ? `-${i + 1}` : ""}.svg`;
          writeFileSync(`${dir}/${name}`, page.svg);
        });
      }
    }
  }
}
process.stdout.write(`Wrote samples to ${dir}\n`);
