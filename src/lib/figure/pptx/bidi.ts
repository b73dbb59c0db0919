/**
 * The app isolates mixed-direction text with first-strong isolates (U+2068 … U+2069, format.ts's
 * `isolate`), which browsers honour. LibreOffice Impress lays isolates out as if they were not
 * there (seen in its PDF export: "(مارچ 2024)" after an English title came out with its brackets
 * reversed), and PowerPoint's support varies by version; both have long honoured the older
 * explicit embeddings (U+202A LRE, U+202B RLE … U+202C PDF). So a right-to-left deck turns each
 * isolate into the embedding of its first strong direction; a left-to-right deck drops them.
 */
const FSI = "\u2068";
const PDI = "\u2069";
const LRE = "\u202a";
const RLE = "\u202b";
const PDF = "\u202c";

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LTR_LETTER = /[\p{L}]/u;

/** The first strong direction of a text, or null when it has none (digits, punctuation). */
function firstStrong(text: string): "ltr" | "rtl" | null {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return "rtl";
    if (LTR_LETTER.test(ch)) return "ltr";
  }
  return null;
}

/** Converts the isolates of text[from…] up to an unmatched PDI; returns the text and the end. */
function convert(text: string, from: number, rtl: boolean): { out: string; end: number } {
  let out = "";
  let i = from;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === PDI) return { out, end: i };
    if (ch === FSI) {
      const inner = convert(text, i + 1, rtl);
      if (rtl) {
        const dir = firstStrong(inner.out) ?? "rtl";
        out += `${dir === "ltr" ? LRE : RLE}${inner.out}${PDF}`;
      } else {
        out += inner.out;
      }
      i = inner.end + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return { out, end: i };
}

export function slideText(text: string, rtl: boolean): string {
  if (!text.includes(FSI) && !text.includes(PDI)) return text;
  let out = "";
  let i = 0;
  // A stray PDI (no FSI before it) is dropped.
  while (i < text.length) {
    const part = convert(text, i, rtl);
    out += part.out;
    i = part.end + 1;
  }
  return out;
}
