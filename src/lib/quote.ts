/**
 * Characters that change how the text around them reads without being seen: bidirectional
 * embeddings, overrides and isolates (U+202A–202E, U+2066–2069), zero-width spaces, joiners and
 * marks (U+200B–200F), word joiner and invisible operators (U+2060–2064), the BOM (U+FEFF).
 * Quoted back, `?\u202Enimda=1` would read as "admin".
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A value from the URL as the notice quotes it: bounded, invisible characters removed, controls made visible. */
export function quote(value: string, max = 40): string {
  const clean = value
    .replace(INVISIBLE, "")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, "\uFFFD");
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : clean;
}
