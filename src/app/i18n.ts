import i18n from "i18next";
import { initReactI18next } from "react-i18next";

/**
 * Every string in the interface comes from a message catalogue, from the first line, so adding
 * Urdu and Chinese is a matter of catalogues, not code. Each feature keeps its own English file in
 * src/locales/en/; they merge into one namespace (keys are prefixed by feature).
 */
const files = import.meta.glob<Record<string, unknown>>("../locales/en/*.json", {
  eager: true,
  import: "default",
});
const en = Object.assign({}, ...Object.values(files)) as Record<string, unknown>;

void i18n.use(initReactI18next).init({
  lng: "en",
  fallbackLng: "en",
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
});

export { i18n };
