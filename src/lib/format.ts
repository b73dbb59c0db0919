/**
 * The one place numbers and dates become text. Everything goes through Intl for the active
 * language, so switching language or digits never touches a component.
 */

export type Locale = string;

/** The Intl locale for an interface language: English is written day-month-year, as in Pakistan. */
export function intlLocale(language: string): string {
  if (language === "en") return "en-GB";
  if (language === "ur") return "ur-PK";
  if (language === "zh") return "zh-CN";
  return language;
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale), options);
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/**
 * A money amount given in USD millions, spelled out for reading: 1912.2 → "US$1.91 billion",
 * 240 → "US$240 million". "US$" because the audience also deals in rupees.
 */
export function formatUsdMillions(usdMillions: number, locale: Locale): string {
  const amount = numberFormat(locale, {
    notation: "compact",
    compactDisplay: "long",
    maximumSignificantDigits: 3,
  });
  return `US$${amount.format(usdMillions * 1_000_000)}`;
}

/** Short form for axes and bar labels: "US$1.91bn". */
export function formatUsdMillionsShort(usdMillions: number, locale: Locale): string {
  const amount = numberFormat(locale, {
    notation: "compact",
    compactDisplay: "short",
    maximumSignificantDigits: 3,
  });
  return `US$${amount.format(usdMillions * 1_000_000)}`;
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
    f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", ...options });
    dateCache.set(key, f);
  }
  return f;
}

/** A partial ISO date at its own precision: "2017" → "2017", "2017-05" → "May 2017", "2017-05-12" → "12 May 2017". */
export function formatPartialDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  if (m === undefined) return dateFormat(locale, { year: "numeric" }).format(Date.UTC(y, 0, 1));
  if (d === undefined)
    return dateFormat(locale, { year: "numeric", month: "short" }).format(Date.UTC(y, m - 1, 1));
  return dateFormat(locale, { year: "numeric", month: "short", day: "numeric" }).format(
    Date.UTC(y, m - 1, d),
  );
}

export function formatYear(year: number, locale: Locale): string {
  return dateFormat(locale, { year: "numeric" }).format(Date.UTC(year, 0, 1));
}
