/**
 * The app isolates mixed-direction text with first-strong isolates (U+2068 … U+2069, format.ts's
 * `isolate`), which browsers honour. LibreOffice Impress does not: in its PDF export, "ماخذ:
 * <isolate>Sample report (مارچ 2024)</isolate>" came out with the brackets on the wrong sides, and
 * so did the same text with the older explicit embeddings (U+202A … U+202C), while text with
 * directional marks was laid out right (reports/pptx, checked by eye). So a right-to-left deck
 * writes each isolate as marks, which every renderer honours: a left-to-right mark (U+200E) before
 * a part that starts in Latin letters or digits ("0.0.0-sample" stays in order) and a
 * right-to-left mark (U+200F) after every part, so what follows reads right to left again. A
 * left-to-right deck drops the isolates.
 */
const FSI = "\u2068";
const PDI = "\u2069";
const LRM = "\u200e";
const RLM = "\u200f";

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LTR_START = /[\p{L}\p{Nd}]/u;

/** Whether a part starts, at its first letter or digit, left to right. */
function startsLtr(text: string): boolean {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return false;
    if (LTR_START.test(ch)) return true;
  }
  return false;
}

export function slideText(text: string, rtl: boolean): string {
  if (!rtl) return text.replace(/[\u2068\u2069]/g, "");
  let out = "";
  const open: number[] = [];
  for (const ch of text) {
    if (ch === FSI) {
      open.push(out.length);
    } else if (ch === PDI) {
      const start = open.pop();
      if (start === undefined) continue;
      const part = out.slice(start);
      out = `${out.slice(0, start)}${startsLtr(part) ? LRM : ""}${part}${RLM}`;
    } else {
      out += ch;
    }
  }
  return out;
}
