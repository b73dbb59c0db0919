/**
 * The app isolates mixed-direction text with first-strong isolates (U+2068 … U+2069, format.ts's
 * `isolate`), which browsers honour. LibreOffice Impress does not: in its PDF export, "ماخذ:
 * <isolate>Sample report (مارچ 2024)</isolate>" came out with the brackets on the wrong sides, and
 * so did the same text with the older explicit embeddings (U+202A … U+202C). Plain text lays out
 * right in a right-to-left paragraph, except a single left-to-right token that starts with a digit
 * or ends in punctuation ("0.0.0-sample" came out "sample-0.0.0", a URL's last "/" went to its
 * front), so such a token is framed by left-to-right marks (U+200E). Marks on both sides of longer
 * English phrases made LibreOffice draw some of their letters as boxes, so a phrase gets only a
 * leading mark, and only when it starts with a digit ("1320 MW Port Qasim…"). Each case was
 * checked by eye in reports/pptx. A left-to-right deck drops the isolates.
 */
const FSI = "\u2068";
const PDI = "\u2069";
const LRM = "\u200e";

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
      const framed = !startsLtr(part)
        ? part
        : !/\s/u.test(part)
          ? `${LRM}${part}${LRM}`
          : /^\p{Nd}/u.test(part)
            ? `${LRM}${part}`
            : part;
      out = `${out.slice(0, start)}${framed}`;
    } else {
      out += ch;
    }
  }
  return out;
}
