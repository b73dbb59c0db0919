import { describe, expect, it } from "vitest";
import {
  joinSentences,
  defaultAmountScale,
  formatAmount,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatPkr,
  formatSigned,
  formatUnit,
  formatUsdMillions,
  formatUsdMillionsShort,
  formatYear,
  intlLocale,
  isolate,
  isRtl,
} from "./format";

describe("format (English)", () => {
  it("spells money in US dollars at three significant digits", () => {
    expect(formatUsdMillions(1912.2, "en")).toBe("US$1.91 billion");
    expect(formatUsdMillions(240, "en")).toBe("US$240 million");
    expect(formatUsdMillions(25400, "en")).toBe("US$25.4 billion");
    expect(formatUsdMillions(0, "en")).toBe("US$0");
    expect(formatUsdMillionsShort(1912.2, "en")).toBe("US$1.91bn");
    expect(formatUsdMillionsShort(240, "en")).toBe("US$240m");
  });
  it("writes dates at their own precision, day first", () => {
    expect(formatPartialDate("2021", "en")).toBe("2021");
    expect(formatPartialDate("2021-09", "en")).toBe("Sept 2021");
    expect(formatPartialDate("2021-09-23", "en")).toBe("23 Sept 2021");
  });
  it("groups thousands and keeps units apart with a no-break space", () => {
    expect(formatNumber(13240, "en")).toBe("13,240");
    expect(formatUnit(1320, "MW", "en")).toBe("1,320\u00a0MW");
    expect(formatUnit(27.12, "km", "en")).toBe("27.1\u00a0km");
    expect(formatUnit(3000, "other", "en")).toBe("3,000\u00a0units");
  });
  it("writes rupees in million/billion by default, in lakh/crore when chosen, without rounding", () => {
    expect(defaultAmountScale("en")).toBe("international");
    expect(formatPkr(12_500_000_000, "en")).toBe("PKR\u00a012.5 billion");
    expect(formatPkr(12_500_000_000, "en", "south-asian")).toBe("PKR\u00a01,250 crore");
    expect(formatPkr(118_137_670_000, "en")).toBe("PKR\u00a0118.13767 billion");
    expect(formatPkr(118_137_670_000, "en", "south-asian")).toBe("PKR\u00a011,813.767 crore");
    expect(formatPkr(450_000, "en", "south-asian")).toBe("PKR\u00a04.5 lakh");
    expect(formatPkr(450_000, "en")).toBe("PKR\u00a0450,000");
    expect(formatPkr(32_000_000, "en")).toBe("PKR\u00a032 million");
    expect(formatPkr(950, "en", "south-asian")).toBe("PKR\u00a0950");
    expect(formatAmount(2_000_000_000, "CNY", "en")).toBe("CNY\u00a02 billion");
    expect(formatAmount(2_000_000_000, "CNY", "en", "south-asian")).toBe("CNY\u00a0200 crore");
  });
});

describe("format (Urdu)", () => {
  const arab = (lang: string) => ({
    lang,
    digits: "arab" as const,
    amounts: defaultAmountScale(lang),
  });

  it("uses Latin digits by default and Urdu scale words for dollars", () => {
    expect(formatNumber(13240, "ur")).toBe("13,240");
    expect(formatUsdMillions(1912.2, "ur")).toBe("1.91 ارب ڈالر");
    expect(formatUsdMillions(240, "ur")).toBe("24 کروڑ ڈالر");
    expect(formatUsdMillionsShort(25400, "ur")).toBe("25.4\u00a0ارب ڈالر");
    expect(formatUnit(1320, "MW", "ur")).toBe("1,320\u00a0میگاواٹ");
    expect(formatUnit(7.8, "Mtpa", "ur")).toBe("\u20687.8\u00a0Mtpa\u2069");
    expect(formatPercent(0.42, "ur")).toBe("42%");
  });
  it("switches to Extended Arabic-Indic digits when chosen", () => {
    expect(formatNumber(13240, arab("ur"))).toBe("۱۳٬۲۴۰");
    expect(formatUsdMillions(1912.2, arab("ur"))).toBe("۱٫۹۱ ارب ڈالر");
    expect(formatPartialDate("2021-09-23", arab("ur"))).toBe("۲۳ ستمبر، ۲۰۲۱");
    expect(formatYear(2017, arab("ur"))).toBe("۲۰۱۷");
    // The preference is Urdu's: English and Chinese keep 0–9.
    expect(formatNumber(13240, arab("en"))).toBe("13,240");
    expect(formatNumber(13240, arab("zh"))).toBe("13,240");
  });
  it("writes dates at their own precision with Urdu month names", () => {
    expect(formatPartialDate("2021", "ur")).toBe("2021");
    expect(formatPartialDate("2021-09", "ur")).toBe("ستمبر 2021");
    expect(formatPartialDate("2021-09-23", "ur")).toBe("23 ستمبر، 2021");
  });
  it("spells rupees in lakh/crore/arab by default, in million/billion when chosen", () => {
    expect(defaultAmountScale("ur")).toBe("south-asian");
    expect(formatPkr(12_500_000_000, "ur")).toBe("12.5 ارب روپے");
    expect(formatPkr(12_500_000_000, "ur", "international")).toBe("12.5 بلین روپے");
    expect(formatPkr(292_400_000_000, "ur")).toBe("292.4 ارب روپے");
    expect(formatPkr(32_000_000, "ur")).toBe("3.2 کروڑ روپے");
    expect(formatPkr(450_000, "ur")).toBe("4.5 لاکھ روپے");
    expect(formatPkr(32_000_000, "ur", "international")).toBe("32 ملین روپے");
    expect(formatPkr(950, "ur")).toBe("950 روپے");
    expect(formatAmount(2_000_000_000, "CNY", "ur")).toBe("2 ارب یوآن");
    expect(formatPkr(12_500_000_000, arab("ur"))).toBe("۱۲٫۵ ارب روپے");
    expect(formatPkr(32_000_000, arab("ur"), "international")).toBe("۳۲ ملین روپے");
  });
  it("names a capacity counted in other units", () => {
    expect(formatUnit(27, "other", "ur")).toBe("27\u00a0عدد");
  });
  it("marks Urdu as right-to-left and isolates mixed labels", () => {
    expect(isRtl("ur")).toBe(true);
    expect(isRtl("zh")).toBe(false);
    expect(isolate("1.91 ارب ڈالر")).toBe("\u20681.91 ارب ڈالر\u2069");
    expect(intlLocale("ur")).toBe("ur-PK-u-nu-latn");
    expect(intlLocale("ur", "arab")).toBe("ur-PK-u-nu-arabext");
  });
});

describe("format (Chinese)", () => {
  it("writes amounts in 万/亿 with 美元 after them", () => {
    expect(formatUsdMillions(1912.2, "zh")).toBe("19.1亿美元");
    expect(formatUsdMillions(240, "zh")).toBe("2.4亿美元");
    expect(formatUsdMillionsShort(62, "zh")).toBe("6200万美元");
    expect(formatPkr(2.5e9, "zh")).toBe("25亿卢比");
    // Chinese keeps 万/亿 whatever the preference, and every digit of the amount.
    expect(defaultAmountScale("zh")).toBe("international");
    expect(formatPkr(12_500_000_000, "zh")).toBe("125亿卢比");
    expect(formatPkr(12_500_000_000, "zh", "south-asian")).toBe("125亿卢比");
    expect(formatPkr(118_137_670_000, "zh")).toBe("1181.3767亿卢比");
    expect(formatPkr(450_000, "zh")).toBe("45万卢比");
    expect(formatAmount(2_000_000_000, "CNY", "zh")).toBe("20亿元人民币");
  });
  it("writes dates the Chinese way and units without a space", () => {
    expect(formatPartialDate("2021", "zh")).toBe("2021年");
    expect(formatPartialDate("2021-09", "zh")).toBe("2021年9月");
    expect(formatPartialDate("2021-09-23", "zh")).toBe("2021年9月23日");
    expect(formatUnit(1320, "MW", "zh")).toBe("1,320兆瓦");
    expect(formatUnit(27.12, "km", "zh")).toBe("27.1公里");
    expect(formatUnit(3, "berths", "zh")).toBe("3个泊位");
    expect(formatUnit(27, "other", "zh")).toBe("27个");
    expect(formatNumber(13240, "zh")).toBe("13,240");
    expect(intlLocale("zh")).toBe("zh-CN");
  });
});

describe("signed differences", () => {
  it("write the sign always, with a true minus, and zero unsigned", () => {
    expect(formatSigned(-5, "en")).toBe("\u22125");
    expect(formatSigned(3, "en")).toBe("+3");
    expect(formatSigned(0, "en")).toBe("0");
    expect(formatSigned(-5, "zh")).toBe("\u22125");
  });

  it("keep the minus before the digits in Urdu: a left-to-right isolate, no stray marks", () => {
    expect(formatSigned(-5, "ur")).toBe("\u2066\u22125\u2069");
    expect(formatSigned(-5, { lang: "ur", digits: "arab", amounts: "south-asian" })).toBe(
      "\u2066\u2212\u06f5\u2069",
    );
    expect(formatSigned(12, { lang: "ur", digits: "arab", amounts: "south-asian" })).toBe(
      "\u2066+\u06f1\u06f2\u2069",
    );
  });
});

describe("joinSentences", () => {
  it("ends and joins sentences as each language writes them", () => {
    expect(joinSentences(["Drawn where located", "Shaded by province."], "en")).toBe(
      "Drawn where located. Shaded by province.",
    );
    expect(joinSentences(["大小表示造价，颜色表示状态", "底色表示投资额"], "zh")).toBe(
      "大小表示造价，颜色表示状态。底色表示投资额。",
    );
    expect(joinSentences(["پہلا", "", "دوسرا۔"], "ur")).toBe("پہلا۔ دوسرا۔");
  });
});
