import type { TFunction } from "i18next";
import { formatNumber, formatYear, type Locale } from "@/lib/format";
import { paramLabelKey, type ParamName } from "@/lib/url-params";
import { YEAR_MAX, YEAR_MIN } from "@/lib/url-parsers";
import type { UrlCorrection } from "./audit-url";

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

export function describeCorrection(c: UrlCorrection, t: TFunction, lang: Locale): string {
  const label = (param: ParamName) => t(paramLabelKey(param));
  const years = { min: formatYear(YEAR_MIN, lang), max: formatYear(YEAR_MAX, lang) };
  switch (c.kind) {
    case "unknown-param":
      return t("urlNotice.unknownParam", { param: quote(c.param) });
    case "repeated":
      return t("urlNotice.repeated", {
        param: c.param,
        count: c.count,
        used: quote(c.used),
      });
    case "not-a-choice":
      return t(`urlNotice.choice.${c.param}`, {
        value: quote(c.value),
        defaultValue: t("urlNotice.choice.other", { value: quote(c.value), label: label(c.param) }),
      });
    case "bad-year":
      return t(c.monthToo ? "urlNotice.badYearOrMonth" : "urlNotice.badYear", {
        label: label(c.param),
        value: quote(c.value),
        ...years,
      });
    case "year-only":
      return t("urlNotice.yearOnly", {
        label: label(c.param),
        value: quote(c.value),
        instead: c.instead,
        insteadLabel: label(c.instead),
      });
    case "bad-number":
      return t("urlNotice.badNumber", {
        label: label(c.param),
        value: quote(c.value),
        min: formatNumber(c.min, lang),
        max: formatNumber(c.max, lang),
      });
    case "bad-count":
      return t("urlNotice.badCount", { label: label(c.param), value: quote(c.value) });
    case "bad-flag":
      return t("urlNotice.badFlag", { label: label(c.param), value: quote(c.value) });
    case "years-reversed":
      return t("urlNotice.yearsReversed", {
        from: formatYear(c.from, lang),
        to: formatYear(c.to, lang),
      });
    case "timeline-reversed":
      return t("urlNotice.timelineReversed", { from: c.from, to: c.to });
    case "text-cut":
      return t("urlNotice.textCut", {
        label: label(c.param),
        max: formatNumber(c.max, lang),
        length: formatNumber(c.length, lang),
      });
    case "bad-id":
      return t("urlNotice.badId", { label: label(c.param), value: quote(c.value) });
    case "unknown-id":
      return t(`urlNotice.unknownId.${c.param}`, { value: quote(c.value) });
  }
}
