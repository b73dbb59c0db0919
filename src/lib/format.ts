/**
 * The one place numbers and dates become text. Everything goes through Intl for the active
 * language, so switching language or digits never touches a component.
 */

export type Locale = string;

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A money amount given in USD millions, e.g. 1912.2 → "US$1.91 billion", 240 → "US$240 million". */
export function formatUsdMillions(usdMillions: number, locale: Locale): string {
  const value = usdMillions * 1_000_000;
  return numberFormat(locale, {
    style: "currency",
    currency: "USD",
    currencyDisplay: "symbol",
    notation: "compact",
    compactDisplay: "long",
    maximumSignificantDigits: 3,
  }).format(value);
}

/** Short form for axes: "$1.9B". */
export function formatUsdMillionsShort(usdMillions: number, locale: Locale): string {
  return numberFormat(locale, {
    style: "currency",
    currency: "USD",
    notation: "compact",
    compactDisplay: "short",
    maximumSignificantDigits: 3,
  }).format(usdMillions * 1_000_000);
}

export function formatUnit(value: number, unit: string, locale: Locale): string {
  return `${formatNumber(value, locale, 1)}\u00a0${unit}`;
}

export function formatPercent(fraction: number, locale: Locale): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options });
    dateCache.set(key, f);
  }
  return f;
}

/** A partial ISO date at its own precision: "2017" → "2017", "2017-05" → "May 2017", "2017-05-12" → "12 May 2017". */
export function formatPartialDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  if (m === undefined) return dateFormat(locale, { year: "numeric" }).format(Date.UTC(y, 0, 1));
  if (d === undefined) return dateFormat(locale, { year: "numeric", month: "short" }).format(Date.UTC(y, m - 1, 1));
  return dateFormat(locale, { year: "numeric", month: "short", day: "numeric" }).format(Date.UTC(y, m - 1, d));
}

export function formatYear(year: number, locale: Locale): string {
  return dateFormat(locale, { year: "numeric" }).format(Date.UTC(year, 0, 1));
}
