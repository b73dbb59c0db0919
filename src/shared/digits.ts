import { parseAsStringLiteral, useQueryState } from "nuqs";
import { DIGITS, setDigits, type Digits } from "@/lib/format";

/**
 * The digits preference for Urdu: `?digits=arab` writes numbers and dates with Extended
 * Arabic-Indic digits (۱۲۳), the default `latn` with 0–9. A malformed value falls back to `latn`.
 */
export const digitsParser = parseAsStringLiteral(DIGITS).withDefault("latn");

/**
 * Reads the preference from the URL and hands it to lib/format during render, so every number
 * formatted below the caller (the app shell) uses it on the same render.
 */
export function useDigits() {
  const [digits, set] = useQueryState("digits", digitsParser.withOptions({ history: "push" }));
  setDigits(digits);
  return [digits, set] as const;
}

export type { Digits };
