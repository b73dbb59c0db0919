import type { Translate } from "../context";
import type { ComposeWords } from "./caption";

/** The words a composed figure needs (caption labels, "today", "continued"…), from a catalogue. */
export function composeWordsFrom(t: Translate): ComposeWords {
  return {
    today: t("figure.words.today"),
    asOf: t("figure.words.asOf"),
    notReported: t("figure.words.notReported"),
    continued: t("figure.words.continued"),
    source: t("figure.caption.source"),
    dataAsOf: t("figure.caption.dataAsOf"),
    datasetVersion: t("figure.caption.datasetVersion"),
    filters: t("figure.caption.filters"),
    none: t("figure.caption.none"),
    view: t("figure.caption.view"),
  };
}
