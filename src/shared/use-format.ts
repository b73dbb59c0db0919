import { createContext, use } from "react";
import {
  formatAmount,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatPkr,
  formatUnit,
  formatUsdMillions,
  formatUsdMillionsShort,
  formatYear,
  type AmountScale,
  type FormatSettings,
  type LocalCurrency,
} from "@/lib/format";
import type { Language } from "./url-state";

/**
 * The reader's settings (language, digits, amounts) with lib/format's functions bound to them.
 * It is itself a FormatSettings, so it can be passed wherever lib/format takes a locale.
 */
export interface Format extends FormatSettings {
  lang: Language;
  number: (value: number, maximumFractionDigits?: number) => string;
  usdMillions: (usdMillions: number) => string;
  usdMillionsShort: (usdMillions: number) => string;
  amount: (amount: number, currency: LocalCurrency, scale?: AmountScale) => string;
  pkr: (rupees: number, scale?: AmountScale) => string;
  unit: (value: number, unit: string) => string;
  percent: (fraction: number) => string;
  partialDate: (date: string) => string;
  year: (year: number) => string;
}

/** Binds lib/format to settings: pure, so tests and renderers off screen can use it too. */
export function bindFormat(settings: FormatSettings & { lang: Language }): Format {
  return {
    ...settings,
    number: (value, digits) => formatNumber(value, settings, digits),
    usdMillions: (value) => formatUsdMillions(value, settings),
    usdMillionsShort: (value) => formatUsdMillionsShort(value, settings),
    amount: (amount, currency, scale) => formatAmount(amount, currency, settings, scale),
    pkr: (rupees, scale) => formatPkr(rupees, settings, scale),
    unit: (value, unit) => formatUnit(value, unit, settings),
    percent: (fraction) => formatPercent(fraction, settings),
    partialDate: (date) => formatPartialDate(date, settings),
    year: (year) => formatYear(year, settings),
  };
}

/** What FormatProvider provides (shared/format-provider.tsx). */
export const FormatContext = createContext<Format | null>(null);

/** The reader's formatting settings and bound formatters; only below a FormatProvider. */
export function useFormat(): Format {
  const format = use(FormatContext);
  if (!format) throw new Error("useFormat() is called outside a FormatProvider.");
  return format;
}
