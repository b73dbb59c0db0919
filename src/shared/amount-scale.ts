import { useQueryState } from "nuqs";
import { defaultAmountScale, type AmountScale } from "@/lib/format";
import { URL_PARAMS } from "@/lib/url-params";
import { useLanguage } from "./url-state";

/**
 * How amounts in rupees (and yuan) are spelled: `?amounts=south-asian` (lakh, crore) or
 * `?amounts=international` (million, billion). In the URL, like the digits choice, because it
 * changes what a figure reads ("1,250 crore" or "12.5 billion"): a shared link shows the reader the
 * same words. Absent, or malformed, it follows the language (lib/format defaultAmountScale).
 */
export const amountScaleParser = URL_PARAMS.amounts.parser;

/**
 * The scale in force and a setter. Choosing the language's own default removes the parameter, so
 * the URL keeps only a choice that differs from it and a change of language brings its default.
 */
export function useAmountScale() {
  const [lang] = useLanguage();
  const [chosen, setChosen] = useQueryState(
    "amounts",
    amountScaleParser.withOptions({ history: "push" }),
  );
  const fallback = defaultAmountScale(lang);
  const set = (next: AmountScale) => setChosen(next === fallback ? null : next);
  return [chosen ?? fallback, set] as const;
}
