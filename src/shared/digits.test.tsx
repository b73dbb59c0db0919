import { screen } from "@testing-library/react";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { makeDataset } from "@/data/fixtures";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { renderWithData } from "@/test-utils";
import { digitsParser, registerNumberFormat, setI18nDigits } from "./digits";
import { useFormat } from "./use-format";

function Probe() {
  const format = useFormat();
  return (
    <p>
      {formatNumber(1320, format)} · {formatPartialDate("2017-05-12", format)}
    </p>
  );
}

describe("digits preference", () => {
  it("parses the URL value and falls back to Latin digits", () => {
    expect(digitsParser.parse("arab")).toBe("arab");
    expect(digitsParser.parse("latn")).toBe("latn");
    expect(digitsParser.parse("roman")).toBeNull();
    expect(digitsParser.defaultValue).toBe("latn");
  });

  it("takes the preference from the URL for everything rendered below it", () => {
    renderWithData(<Probe />, { dataset: makeDataset(), search: "?lang=ur&digits=arab" });
    expect(screen.getByText("۱٬۳۲۰ · ۱۲ مئی، ۲۰۱۷")).toBeInTheDocument();
  });

  it("keeps Latin digits by default and for a malformed value", () => {
    renderWithData(<Probe />, { dataset: makeDataset(), search: "?lang=ur&digits=roman" });
    expect(screen.getByText("1,320 · 12 مئی، 2017")).toBeInTheDocument();
  });

  it("writes counts inside Urdu sentences with the chosen digits", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: "ur",
      resources: {
        ur: {
          translation: {
            projects_one: "{{count, num}} منصوبہ",
            projects_other: "{{count, num}} منصوبے",
            title: "\u2068{{group}}\u2069، {{count, num}}واں اجلاس",
          },
        },
      },
      interpolation: { escapeValue: false },
    });
    registerNumberFormat(i18n);
    expect(i18n.t("projects", { count: 1 })).toBe("1 منصوبہ");
    expect(i18n.t("projects", { count: 1320 })).toBe("1,320 منصوبے");
    setI18nDigits(i18n, "arab");
    expect(i18n.t("projects", { count: 1320 })).toBe("۱٬۳۲۰ منصوبے");
    expect(i18n.t("title", { group: "JWG on Energy", count: 4 })).toBe(
      "\u2068JWG on Energy\u2069، ۴واں اجلاس",
    );
    // Text that is already formatted passes through.
    expect(i18n.t("projects", { count: 2, replace: { count: "۲" } })).toBe("۲ منصوبے");
  });
});
