/**
 * Punctuation that joins written values, as each language sets it: a label's colon, an aside's
 * brackets, a range. Beside lib/format's fullStop and joinSentences, which end sentences.
 */
import { langOf, type Locale } from "./format";

/**
 * "Label: value" with the language's colon: Chinese writes the full-width "：" with no space
 * ("跨多个省份：19.6亿美元"); English and Urdu a colon and a space.
 */
export function labelled(label: string, value: string, locale: Locale): string {
  return langOf(locale) === "zh" ? `${label}：${value}` : `${label}: ${value}`;
}

/** "Text (aside)"; Chinese uses full-width brackets without a space: "信德省（21 个项目）". */
export function bracketed(text: string, aside: string, locale: Locale): string {
  return langOf(locale) === "zh" ? `${text}（${aside}）` : `${text} (${aside})`;
}

/**
 * A range of two written values: "US$5bn–US$10bn"; Chinese "50亿美元至100亿美元", with 至 as the
 * Chinese messages write a range ("由{{fromValue}}至{{toValue}}").
 */
export function formatRange(from: string, to: string, locale: Locale): string {
  return langOf(locale) === "zh" ? `${from}至${to}` : `${from}–${to}`;
}
