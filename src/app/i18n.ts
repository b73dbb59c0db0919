import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { DIGITS_CHANGED, registerNumberFormat } from "@/shared/digits";
import type { Language } from "@/shared/url-state";
import { cacheChineseFaces } from "./cjk-fonts";

/**
 * Every string in the interface comes from a message catalogue, from the first line. Each feature
 * keeps its own file per language in src/locales/<lang>/; they merge into one namespace (keys are
 * prefixed by feature). English is bundled; Urdu and Chinese, and their fonts, are downloaded only
 * when chosen.
 */
const english = import.meta.glob<Record<string, unknown>>(
  // The Sources page brings its own English catalogue (features/sources/messages).
  ["../locales/en/*.json", "!../locales/en/sources.json"],
  { eager: true, import: "default" },
);
const others = import.meta.glob<Record<string, unknown>>("../locales/{ur,zh}/*.json", {
  import: "default",
});

/** The BCP 47 tag for each interface language: what <html lang> and Intl receive. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: "en", ur: "ur", zh: "zh-CN" };

void i18n.use(initReactI18next).init({
  lng: "en",
  fallbackLng: "en",
  resources: { en: { translation: Object.assign({}, ...Object.values(english)) } },
  interpolation: { escapeValue: false },
  // Translated text renders again when the reader chooses other digits, as for a new language.
  react: { bindI18n: `languageChanged ${DIGITS_CHANGED}` },
});
registerNumberFormat(i18n);

const fonts: Partial<Record<Language, () => Promise<unknown>>> = {
  ur: () =>
    Promise.all([
      import("@fontsource/noto-naskh-arabic/400.css"),
      import("@fontsource/noto-naskh-arabic/700.css"),
      import("@fontsource/noto-nastaliq-urdu/400.css"),
      import("@fontsource/noto-nastaliq-urdu/700.css"),
    ]),
  zh: () =>
    Promise.all([
      import("@fontsource/noto-sans-sc/400.css"),
      import("@fontsource/noto-sans-sc/700.css"),
    ]),
};

/** Downloads a language's catalogues and fonts (once), then switches to it. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language !== "en" && !i18n.hasResourceBundle(language, "translation")) {
    const parts = await Promise.all(
      Object.entries(others)
        .filter(([path]) => path.includes(`/locales/${language}/`))
        .map(([, load]) => load()),
    );
    i18n.addResourceBundle(language, "translation", Object.assign({}, ...parts), true, true);
  }
  await fonts[language]?.();
  if (language === "zh") cacheChineseFaces();
  // Switching to the language already showing would still tell every translated component to
  // render again (and, while a first screen is hydrated, make React discard it).
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

export { i18n };
