/**
 * Fonts, direction and language tags of a deck. A run in PowerPoint names one typeface for each
 * script slot (latin, east Asian, complex); the names below are ones PowerPoint and LibreOffice
 * both resolve: the Noto families the app ships its pages with, and for Chinese Microsoft YaHei,
 * which every Windows and Mac Office installs (LibreOffice substitutes a CJK face by glyph
 * coverage when it is missing, so no character is drawn as a box).
 */
export interface DeckTypography {
  rtl: boolean;
  /** Typeface of titles. */
  title: string;
  /** Typeface of all other text: labels, source lines, notes, chart text. */
  body: string;
  /** BCP 47 tag written on every run (spell-checking, font fallback by language). */
  lang: string;
}

export function deckTypography(lang: string): DeckTypography {
  if (lang === "ur") {
    // Nastaliq for titles, as Urdu print sets headings; Naskh, more compact, for labels and notes.
    return { rtl: true, title: "Noto Nastaliq Urdu", body: "Noto Naskh Arabic", lang: "ur-PK" };
  }
  if (lang === "zh") {
    return { rtl: false, title: "Microsoft YaHei", body: "Microsoft YaHei", lang: "zh-CN" };
  }
  // Noto Sans where installed; PowerPoint's substitution falls back to Arial by its panose.
  return { rtl: false, title: "Noto Sans", body: "Noto Sans", lang: "en-GB" };
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
