import i18next from "i18next";
import { useQueryState } from "nuqs";
import { formatNumber, setDigits, type Digits } from "@/lib/format";
import { URL_PARAMS } from "@/lib/url-params";

/**
 * The digits preference for Urdu: `?digits=arab` writes numbers and dates with Extended
 * Arabic-Indic digits (۱۲۳), the default `latn` with 0–9. A malformed value falls back to `latn`.
 */
export const digitsParser = URL_PARAMS.digits.parser;

/**
 * The `num` interpolation format (`{{count, num}}` in the Urdu catalogue): counts inside
 * sentences follow the same digits as the charts. A value that is already text passes through.
 */
export function registerNumberFormat(i18n: typeof i18next = i18next): void {
  i18n.services.formatter?.add("num", (value: unknown, lng: string | undefined) =>
    typeof value === "number" ? formatNumber(value, lng ?? "en", 2) : String(value),
  );
}

/**
 * Reads the preference from the URL and hands it to lib/format during render, so every number
 * formatted below the caller (the app shell) uses it on the same render.
 */
export function useDigits() {
  const [digits, set] = useQueryState("digits", digitsParser.withOptions({ history: "push" }));
  setDigits(digits);
  registerNumberFormat();
  return [digits, set] as const;
}

export type { Digits };
