/**
 * Fonts, direction and language tags of a deck. PowerPoint picks a run's typeface by the script of
 * each character: `latin`, `ea` (Chinese, Japanese, Korean) or `cs` (Arabic script, Devanagari…).
 * Every deck names a face for each, since source titles mix scripts (Chinese and Urdu titles in an
 * English deck): the Noto families the app ships its pages with, and for Chinese Microsoft YaHei,
 * which every Windows and Mac Office installs (LibreOffice substitutes a CJK face when it is
 * missing). An Urdu deck sets Latin text in Noto Sans: LibreOffice drew parts of English titles
 * set in Noto Naskh Arabic as boxes instead of falling back.
 */
export interface FontSet {
  latin: string;
  ea: string;
  cs: string;
}

export interface DeckTypography {
  rtl: boolean;
  /** The face pptxgenjs writes for titles and for other text; package-fixups.ts then names a */
  /** face per script from `fonts`. */
  title: string;
  body: string;
  fonts: { title: FontSet; body: FontSet };
  /** Nastaliq titles need taller lines. */
  nastaliq: boolean;
  /** BCP 47 tag written on every run (spell-checking, font fallback by language). */
  lang: string;
}

const CJK = "Microsoft YaHei";
const NASKH = "Noto Naskh Arabic";
const NASTALIQ = "Noto Nastaliq Urdu";
const SANS = "Noto Sans";

export function deckTypography(lang: string): DeckTypography {
  if (lang === "ur") {
    // Nastaliq for titles, as Urdu print sets headings; Naskh, more compact, for labels and notes.
    return {
      rtl: true,
      title: NASTALIQ,
      body: NASKH,
      fonts: {
        title: { latin: SANS, ea: CJK, cs: NASTALIQ },
        body: { latin: SANS, ea: CJK, cs: NASKH },
      },
      nastaliq: true,
      lang: "ur-PK",
    };
  }
  if (lang === "zh") {
    const set = { latin: CJK, ea: CJK, cs: NASKH };
    return {
      rtl: false,
      title: CJK,
      body: CJK,
      fonts: { title: set, body: set },
      nastaliq: false,
      lang: "zh-CN",
    };
  }
  // Noto Sans where installed; PowerPoint's substitution falls back to Arial by its panose.
  const set = { latin: SANS, ea: CJK, cs: NASKH };
  return {
    rtl: false,
    title: SANS,
    body: SANS,
    fonts: { title: set, body: set },
    nastaliq: false,
    lang: "en-GB",
  };
}

/** Text options shared by every text box: font, language, direction and alignment. */
export function textStyle(type: DeckTypography, role: "title" | "body") {
  return {
    fontFace: role === "title" ? type.title : type.body,
    lang: type.lang,
    rtlMode: type.rtl,
    align: type.rtl ? ("right" as const) : ("left" as const),
  };
}
