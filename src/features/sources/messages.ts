import i18n from "i18next";
import english from "@/locales/en/sources.json";

/**
 * The Sources page's English text (its downloads, column definitions and method notes: the
 * largest catalogue) comes with the page's own code, not with every first visit: importing this
 * module adds it. Urdu and Chinese catalogues, this page's included, come when the language is
 * chosen (app/i18n).
 */
const add = () => i18n.addResourceBundle("en", "translation", english, true, false);
if (i18n.isInitialized) add();
else i18n.on("initialized", add);
