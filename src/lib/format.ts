/**
 * The one place numbers and dates become text. Everything goes through Intl for the reader's
 * settings, which every caller passes (on screen from shared/use-format's useFormat()): nothing
 * here remembers a setting between calls.
 */

/**
 * The reader's settings that change how a number or date is written. Renderers of a figure pass
 * them explicitly, so what they draw never depends on a setting they cannot see.
 */
export interface FormatSettings {
  lang: string;
  digits: Digits;
  amounts: AmountScale;
}

/** An interface language ("en", "ur", "zh"), or the reader's whole settings. */
export type Locale = string | FormatSettings;

/** The interface language of a Locale. */
export function langOf(locale: Locale): string {
  return typeof locale === "string" ? locale : locale.lang;
}

/** A sentence's full stop in each language: Urdu "۔", Chinese "。", otherwise ".". */
export function fullStop(locale: Locale): string {
  const lang = langOf(locale);
  return lang === "ur" ? "۔" : lang === "zh" ? "。" : ".";
}

/**
 * Sentences joined as the language writes them, each ended with its full stop unless it ends
 * with one already: "A. B." in English, "A۔ B۔" in Urdu, "A。B。" in Chinese (no space after).
 */
export function joinSentences(parts: readonly string[], locale: Locale): string {
  const stop = fullStop(locale);
  return parts
    .filter((p) => p !== "")
    .map((p) => (/[.。!?۔？！]$/.test(p) ? p : `${p}${stop}`))
    .join(langOf(locale) === "zh" ? "" : " ");
}

/**
 * Which digits Urdu text uses: Latin (0–9, the default of CLDR's ur-PK and of most Pakistani
 * print) or Extended Arabic-Indic (۰–۹, Intl's `arabext`). English and Chinese always use Latin.
 */
export const DIGITS = ["latn", "arab"] as const;
export type Digits = (typeof DIGITS)[number];

/**
 * How large rupee (and yuan) amounts are spelled: South Asian (lakh, crore, and in Urdu arab — as
 * Pakistan's budget and press write them) or international (million, billion).
 */
export const AMOUNT_SCALES = ["south-asian", "international"] as const;
export type AmountScale = (typeof AMOUNT_SCALES)[number];

/**
 * The Intl locale for an interface language: English is written day-month-year, as in Pakistan.
 * A bare language writes Latin digits; the reader's choice comes with their FormatSettings.
 */
export function intlLocale(language: string, digits: Digits = "latn"): string {
  if (language === "en") return "en-GB";
  if (language === "ur") return digits === "arab" ? "ur-PK-u-nu-arabext" : "ur-PK-u-nu-latn";
  if (language === "zh") return "zh-CN";
  return language;
}

/** The Intl locale of a Locale: settings carry the reader's digits, a bare language Latin ones. */
function resolveLocale(locale: Locale): string {
  return typeof locale === "string" ? intlLocale(locale) : intlLocale(locale.lang, locale.digits);
}

/** Right-to-left interface languages. */
export function isRtl(language: string): boolean {
  return language === "ur";
}

/**
 * Wraps text in a first-strong isolate (U+2068 … U+2069), so a label that mixes Urdu words with
 * numbers and units keeps its own direction wherever it is placed: inside an SVG chart, a
 * sentence in the other direction, or a tooltip.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

// A cache keyed by what makes a formatter (locale and options): the same key always builds the
// same formatter, so sharing it across renders and apps changes no output.
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = resolveLocale(language);
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

/**
 * A signed difference ("+3", "−5"): the sign always written, a true minus (U+2212) rather than a
 * hyphen, zero unsigned. In Urdu the number is a left-to-right isolate (U+2066 … U+2069), so the
 * minus stays before the digits when the text around it runs right to left ("−۵ ماہ").
 */
export function formatSigned(value: number, locale: Locale, maximumFractionDigits = 0): string {
  const text = numberFormat(locale, { maximumFractionDigits, signDisplay: "exceptZero" })
    .format(value)
    .replace(/[\u200e\u200f]/g, "")
    .replace("-", "\u2212");
  return isRtl(langOf(locale)) ? `\u2066${text}\u2069` : text;
}

/**
 * US dollars after an amount, in each language's own way: Chinese writes 19.1亿美元 (NDRC and
 * Xinhua usage); Urdu writes "1.91 ارب ڈالر" with CLDR's Urdu scale words (ارب, کروڑ), as the Urdu
 * press writes dollar sums. English keeps "US$" because the audience also deals in rupees.
 */
function withUsd(amount: string, locale: Locale): string {
  if (langOf(locale) === "zh") return `${amount}美元`;
  if (langOf(locale) === "ur") return `${amount} ڈالر`;
  return `US$${amount}`;
}

/**
 * A money amount given in USD millions, spelled out for reading: 1912.2 → "US$1.91 billion",
 * 240 → "US$240 million"; in Chinese "19.1亿美元", in Urdu "1.91 ارب ڈالر".
 */
export function formatUsdMillions(usdMillions: number, locale: Locale): string {
  const amount = numberFormat(locale, {
    notation: "compact",
    compactDisplay: "long",
    maximumSignificantDigits: 3,
  });
  return withUsd(amount.format(usdMillions * 1_000_000), locale);
}

/** Short form for axes and bar labels: "US$1.91bn" (Chinese and Urdu have no shorter form). */
export function formatUsdMillionsShort(usdMillions: number, locale: Locale): string {
  const amount = numberFormat(locale, {
    notation: "compact",
    compactDisplay: "short",
    maximumSignificantDigits: 3,
  });
  return withUsd(amount.format(usdMillions * 1_000_000), locale);
}

/**
 * The scale a language uses unless the reader chooses: Urdu writes lakh, crore and arab (as the
 * Urdu press and Pakistan's budget documents do); English and Chinese million and billion.
 */
export function defaultAmountScale(language: Locale): AmountScale {
  return langOf(language) === "ur" ? "south-asian" : "international";
}

/**
 * Scale words, largest first. English lakh/crore stops at crore ("PKR 1,250 crore"), as English
 * text using the South Asian system writes it; Urdu goes on to ارب (10⁹), as its press does
 * ("18ارب ڈالر", glossary.md).
 */
const SCALE_WORDS: Record<
  "en" | "ur",
  Record<AmountScale, readonly (readonly [number, string])[]>
> = {
  en: {
    "south-asian": [
      [1e7, "crore"],
      [1e5, "lakh"],
    ],
    international: [
      [1e9, "billion"],
      [1e6, "million"],
    ],
  },
  ur: {
    "south-asian": [
      [1e9, "ارب"],
      [1e7, "کروڑ"],
      [1e5, "لاکھ"],
    ],
    international: [
      [1e9, "بلین"],
      [1e6, "ملین"],
    ],
  },
};

/** Currencies an amount is reported in besides US dollars (the schema's cost.original.currency). */
export type LocalCurrency = "PKR" | "CNY";

/** How each language names the currency: after the amount in Urdu and Chinese, as a code before it in English. */
const CURRENCY_NAMES: Record<"ur" | "zh", Record<LocalCurrency, string>> = {
  ur: { PKR: "روپے", CNY: "یوآن" },
  zh: { PKR: "卢比", CNY: "元人民币" },
};

/**
 * An amount as a source reported it, in its currency, in lakh/crore(/arab) or in million/billion,
 * without rounding (it is the figure a reader checks against the source):
 * 12,500,000,000 rupees → "PKR 1,250 crore" or "PKR 12.5 billion"; Urdu "12.5 ارب روپے" or
 * "12.5 بلین روپے". Chinese has its own 万/亿 scale, so the choice does not apply to it: "125亿卢比".
 */
export function formatAmount(
  amount: number,
  currency: LocalCurrency,
  locale: Locale,
  scale: AmountScale = typeof locale === "string" ? defaultAmountScale(locale) : locale.amounts,
): string {
  if (langOf(locale) === "zh") {
    // 亿 is 10⁸: eight decimals keep every digit of a whole amount.
    const compact = numberFormat(locale, { notation: "compact", maximumFractionDigits: 8 });
    return `${compact.format(amount)}${CURRENCY_NAMES.zh[currency]}`;
  }
  const words = SCALE_WORDS[langOf(locale) === "ur" ? "ur" : "en"][scale];
  const step = words.find(([size]) => Math.abs(amount) >= size);
  // As many decimals as the scale has zeros: a whole amount divided by it is then shown exactly.
  const scaled = step
    ? `${formatNumber(amount / step[0], locale, Math.round(Math.log10(step[0])))} ${step[1]}`
    : formatNumber(amount, locale, 2);
  return langOf(locale) === "ur"
    ? `${scaled} ${CURRENCY_NAMES.ur[currency]}`
    : `${currency}\u00a0${scaled}`;
}

/** A rupee amount: formatAmount in PKR. */
export function formatPkr(rupees: number, locale: Locale, scale?: AmountScale): string {
  return formatAmount(rupees, "PKR", locale, scale);
}

/**
 * Unit symbols as each language writes them (Urdu press: میگاواٹ, کلومیٹر; Chinese: 兆瓦, 公里).
 * Units without a local form keep their symbol; in Urdu the amount is then isolated so that
 * "7.8 Mtpa" is not reordered around the Latin symbol.
 */
const UNIT_NAMES: Record<"en" | "ur" | "zh", Record<string, string>> = {
  // "other": a count whose unit the capacity note gives (e.g. "projects in the programme").
  en: { other: "units" },
  ur: { MW: "میگاواٹ", km: "کلومیٹر", acres: "ایکڑ", beds: "بستر", berths: "برتھ", other: "عدد" },
  zh: {
    MW: "兆瓦",
    km: "公里",
    acres: "英亩",
    beds: "张床位",
    berths: "个泊位",
    Mtpa: "百万吨/年",
    MGD: "百万加仑/日",
    other: "个",
  },
};

export function formatUnit(value: number, unit: string, locale: Locale): string {
  const number = formatNumber(value, locale, 1);
  if (langOf(locale) === "zh") return `${number}${UNIT_NAMES.zh[unit] ?? `\u00a0${unit}`}`;
  if (langOf(locale) === "ur") {
    const local = UNIT_NAMES.ur[unit];
    return local ? `${number}\u00a0${local}` : isolate(`${number}\u00a0${unit}`);
  }
  return `${number}\u00a0${UNIT_NAMES.en[unit] ?? unit}`;
}

export function formatPercent(fraction: number, locale: Locale): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

// Keyed by locale and options, as `cache` above.
const dateCache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = resolveLocale(language);
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
  if (d === undefined)
    return dateFormat(locale, { year: "numeric", month: "short" }).format(Date.UTC(y, m - 1, 1));
  return dateFormat(locale, { year: "numeric", month: "short", day: "numeric" }).format(
    Date.UTC(y, m - 1, d),
  );
}

export function formatYear(year: number, locale: Locale): string {
  return dateFormat(locale, { year: "numeric" }).format(Date.UTC(year, 0, 1));
}
