import { useQueryStates } from "nuqs";
import { parsersOf } from "@/lib/url-params";

export { parseAsYearOrMonth } from "@/lib/url-parsers";

/**
 * The timeline's own URL state (lib/url-params): the kinds hidden (`thide`; all shown by default),
 * the zoom range (`tfrom`, `tto`) and the item whose details are open (`titem`).
 */
export const timelineParsers = parsersOf("thide", "tfrom", "tto", "titem");

export function useTimelineState() {
  return useQueryStates(timelineParsers, { history: "push" });
}
