import { useQueryState } from "nuqs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Filters } from "@/data/filters";
import { useDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import type { FigureContext, Translate } from "@/lib/figure/context";
import type { Figure } from "@/lib/figure/figure";
import type { FormatSettings } from "@/lib/format";
import { viewLink } from "@/lib/url-params";
import { useAmountScale } from "./amount-scale";
import { digitsParser } from "./digits";
import { useToday } from "./today";
import { useLanguage } from "./url-state";

const whole = (d: Dataset) => d;

/** The reader's settings that change how numbers are written: language, digits, amounts. */
export function useFormatSettings(): FormatSettings {
  const [lang] = useLanguage();
  const [digits] = useQueryState("digits", digitsParser);
  const [amounts] = useAmountScale();
  return useMemo(() => ({ lang, digits, amounts }), [lang, digits, amounts]);
}

/** The link that reopens the view the reader sees: the address with its query parameters. */
function currentLink(): string {
  return typeof window === "undefined" ? "" : viewLink(window.location.href);
}

/**
 * A figure built for the reader from the dataset and the filters the view draws with. `build` is
 * a pure builder (lib/figure/build); `options` are the view's own choices it takes (grouping,
 * metric…): a primitive, or an object the caller memoises.
 */
export function useFigure<F extends Figure, O = undefined>(
  build: (dataset: Dataset, ctx: FigureContext, options: O) => F,
  filters: Filters,
  options?: O,
): F {
  const dataset = useDataset(whole);
  const { t } = useTranslation();
  const format = useFormatSettings();
  const today = useToday();
  const link = currentLink();
  return useMemo(
    () => build(dataset, { t: t as Translate, format, filters, link, today }, options as O),
    [build, dataset, t, format, filters, link, today, options],
  );
}
