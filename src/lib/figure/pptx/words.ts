import type { Translate } from "../context";
import type { DeckWords } from "./types";

function divisor(t: Translate, key: string): number {
  const value = Number(t(key));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${key} is not a positive number`);
  return value;
}

/** The deck's words from the i18n catalogues (src/locales/<lang>/pptx.json, export, common). */
export function deckWords(t: Translate): DeckWords {
  return {
    primarySource: (source) => t("chart.source", { source }),
    version: (version) => t("export.footer.version", { version }),
    asOf: (date) => t("chart.asOf", { date }),
    filters: (list) => t("export.footer.filters", { list }),
    noFilters: t("export.footer.noFilters"),
    link: (url) => t("export.footer.link", { url }),
    notesDescription: t("pptx.notes.description"),
    notesNotes: t("pptx.notes.notes"),
    notesSources: t("pptx.notes.sources"),
    notReported: (list) => t("pptx.notReported", { list }),
    undated: t("pptx.undated"),
    sourcesHeading: t("pptx.sourcesHeading"),
    licenceHeading: t("pptx.licenceHeading"),
    moreSources: (count) => t("pptx.moreSources", { count }),
    units: {
      usd: {
        large: {
          divisor: divisor(t, "pptx.units.usdLargeDivisor"),
          label: t("pptx.units.usdLarge"),
        },
        small: {
          divisor: divisor(t, "pptx.units.usdSmallDivisor"),
          label: t("pptx.units.usdSmall"),
        },
      },
      mw: t("pptx.units.mw"),
      months: t("pptx.units.months"),
    },
    axisTitle: (label, unit) => t("pptx.axisTitle", { label, unit }),
    listSeparator: t("app.listSeparator"),
  };
}
