import type { TFunction } from "i18next";
import { formatNumber, formatYear, type Locale } from "@/lib/format";
import { paramLabelKey, type ParamName } from "@/lib/url-params";
import { YEAR_MAX, YEAR_MIN } from "@/lib/url-parsers";
import { quote } from "@/lib/quote";
import type { UrlCorrection } from "./audit-url";

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
