import { useLayoutEffect, useMemo, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useAmountScale } from "./amount-scale";
import { DIGITS_CHANGED, setI18nDigits, useDigits } from "./digits";
import { useLanguage } from "./url-state";
import { bindFormat, FormatContext } from "./use-format";

/**
 * Reads the reader's settings from the URL once, for everything below it. A change of digits or
 * amounts is a new context value, so every component that formats renders again, memoised ones
 * included; the i18n instance's `num` format follows the same digits.
 */
export function FormatProvider({ children }: { children: ReactNode }) {
  const [lang] = useLanguage();
  const [digits] = useDigits();
  const [amounts] = useAmountScale();
  const { i18n } = useTranslation();
  const format = useMemo(() => bindFormat({ lang, digits, amounts }), [lang, digits, amounts]);
  // Set while rendering (it is idempotent), so text translated in this same render already has
  // the digits; the event then renders again what was translated before (react-i18next listens
  // for it: app/i18n.ts).
  setI18nDigits(i18n, digits);
  const shown = useRef(digits);
  useLayoutEffect(() => {
    if (shown.current === digits) return;
    shown.current = digits;
    i18n.emit(DIGITS_CHANGED);
  }, [i18n, digits]);
  return <FormatContext value={format}>{children}</FormatContext>;
}
