import { URL_PARAMS } from "@/lib/url-params";

/**
 * Presentation mode in the URL: `present=1&step=3`, so a link opens the same deck at the same
 * figure. The deck is the view's figures under the URL's filters, so the view and filter
 * parameters already describe it. A malformed value falls back to "not presenting" / step 1.
 */
export const presentParsers = {
  present: URL_PARAMS.present.parser.withOptions({ history: "push", clearOnDefault: true }),
  step: URL_PARAMS.step.parser.withOptions({ history: "replace", clearOnDefault: true }),
};

/** The step shown for a requested one: within 1…count (1 when the deck is empty). */
export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step) || count < 1) return 1;
  return Math.min(Math.max(1, Math.trunc(step)), count);
}
