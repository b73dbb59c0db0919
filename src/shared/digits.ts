import type { i18n as I18n } from "i18next";
import { useQueryState } from "nuqs";
import { formatNumber, type Digits } from "@/lib/format";
import { URL_PARAMS } from "@/lib/url-params";

/**
 * The digits preference for Urdu: `?digits=arab` writes numbers and dates with Extended
 * Arabic-Indic digits (۱۲۳), the default `latn` with 0–9. A malformed value falls back to `latn`.
 */
export const digitsParser = URL_PARAMS.digits.parser;

/** The i18n event FormatProvider emits when the digits change: translated text renders again. */
export const DIGITS_CHANGED = "digitsChanged";

/**
 * The digits the `num` format of an i18n instance writes, kept on the instance beside its
 * language (both are the reader's, and both are read by `t`). FormatProvider sets them.
 */
export function i18nDigits(i18n: I18n): Digits {
  return (i18n.options as { digits?: Digits }).digits ?? "latn";
}
export function setI18nDigits(i18n: I18n, digits: Digits): void {
  (i18n.options as { digits?: Digits }).digits = digits;
}

/**
 * The `num` interpolation format (`{{count, num}}` in the Urdu catalogue): counts inside
 * sentences follow the same digits as the charts. A value that is already text passes through.
 */
export function registerNumberFormat(i18n: I18n): void {
  i18n.services.formatter?.add("num", (value: unknown, lng: string | undefined) =>
    typeof value === "number"
      ? formatNumber(
          value,
          { lang: lng ?? "en", digits: i18nDigits(i18n), amounts: "international" },
          2,
        )
      : String(value),
  );
}

/** The digits choice in the URL and its setter (FormatProvider hands it to formatting). */
export function useDigits() {
  return useQueryState("digits", digitsParser.withOptions({ history: "push" }));
}

export type { Digits };
