import { useTranslation } from "react-i18next";
import type { AmountScale } from "@/lib/format";
import { useAmountScale } from "@/shared/amount-scale";
import { useDigits, type Digits } from "@/shared/digits";
import { LANGUAGES, useLanguage } from "@/shared/url-state";
import { PresentMode } from "@/features/present/present-mode";
import { LANGUAGE_TAGS } from "./i18n";
import { OpenDataButton } from "./open-data-controls";
import { SettingsMenu } from "./settings-menu";
import { THEMES, useTheme } from "./theme";

/** Each language named in its own script, so a reader finds theirs whatever is showing. */
const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = {
  en: "English",
  ur: "اردو",
  zh: "中文",
};

/**
 * The header's settings and tools: presenting, language, digits (Urdu), amounts, theme and the
 * data file; in the header's row on wide screens, behind one "Settings" button on narrow ones.
 */
export function HeaderSettings() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const [digits, setDigits] = useDigits();
  const [amountScale, setAmountScale] = useAmountScale();
  return (
    <SettingsMenu>
      <div className="flex flex-wrap items-center gap-2 md:gap-3">
        <PresentMode />
      </div>
      <HeaderSelect
        label={t("app.language")}
        value={language}
        onChange={(l) => void setLanguage(l)}
        options={LANGUAGES.map((l) => ({
          value: l,
          label: LANGUAGE_NAMES[l],
          lang: LANGUAGE_TAGS[l],
        }))}
      />
      {language === "ur" && (
        <HeaderSelect<Digits>
          label={t("i18n.digits.label")}
          value={digits}
          onChange={(d) => void setDigits(d)}
          options={[
            { value: "latn", label: t("i18n.digits.latn") },
            { value: "arab", label: t("i18n.digits.arab") },
          ]}
        />
      )}
      {/* Chinese writes large amounts in 万 and 亿 whatever is chosen, so it has no choice. */}
      {language !== "zh" && (
        <HeaderSelect<AmountScale>
          label={t("i18n.amounts.label")}
          value={amountScale}
          onChange={(a) => void setAmountScale(a)}
          options={[
            { value: "international", label: t("i18n.amounts.international") },
            { value: "south-asian", label: t("i18n.amounts.south-asian") },
          ]}
        />
      )}
      <ThemeSelect />
      <div>
        <OpenDataButton />
      </div>
    </SettingsMenu>
  );
}

/**
 * The theme choice. Its own component: the stored choice is read after hydration (the first
 * screen was rendered with "system"), and only this select renders again.
 */
function ThemeSelect() {
  const { t } = useTranslation();
  const [theme, setTheme] = useTheme();
  return (
    <HeaderSelect
      label={t("app.theme")}
      value={theme}
      onChange={setTheme}
      options={THEMES.map((th) => ({ value: th, label: t(`theme.${th}`) }))}
    />
  );
}

/** A labelled choice in the header: language, digits, amounts, theme. */
function HeaderSelect<V extends string>({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string; lang?: string }[];
}) {
  return (
    <label className="flex items-center justify-between gap-1.5 md:justify-start">
      <span className="text-muted-foreground">{label}</span>
      <select
        className="h-8 max-w-[60%] rounded-md border border-border bg-card px-2 md:max-w-none"
        value={value}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
