import { prerender } from "react-dom/static";
import { datasetQueryOptions } from "@/data/queries";
import { parseDatasetText } from "@/data/load-dataset";
import type { Dataset } from "@/data/schema";
import { CLIENT_ONLY_DIGEST, ClientOnlyContent } from "@/shared/client-only";
import type { View } from "@/shared/url-state";
import { App } from "./app";
import { i18n } from "./i18n";
import { makeQueryClient } from "./query-client";
import { preloadView } from "./view-loaders";

/**
 * Build time only (scripts/first-screen.ts, in a DOM made by jsdom): a view's first screen as HTML,
 * rendered by the app itself from the bundled data in its default state (English, no filters).
 * The browser shows it before any of the app's code has arrived; React then hydrates it. Any
 * problem (the data fails its checks, a component fails) throws, and the build ships no first
 * screen for that view rather than a wrong one.
 */
export async function renderFirstScreen(
  view: View,
  datasetText: string,
  /** The day the screen is drawn for (UTC midnight, ms): what charts mark as "today". */
  day: number,
): Promise<string> {
  // The same checks as the app; the client parses the build-checked bytes with JSON.parse.
  parseDatasetText(datasetText);
  const dataset = JSON.parse(datasetText) as Dataset;
  const client = makeQueryClient();
  client.setQueryData(datasetQueryOptions.queryKey, {
    dataset,
    source: { kind: "bundled", buildChecked: true },
  });
  await i18n.changeLanguage("en");
  await preloadView(view);
  const search = view === "overview" ? "" : `?view=${view}`;
  window.history.replaceState(null, "", `/${search}`);

  const errors: unknown[] = [];
  const app = <App client={client} serverSearch={search} firstScreen={{ drawing: true, day }} />;
  const { prelude } = await prerender(app, {
    // One piece: React otherwise moves large parts behind inline scripts, which the CSP forbids.
    progressiveChunkSize: Number.MAX_SAFE_INTEGER,
    onError: (error) => {
      // What is left to the browser (ClientOnly) shows its fallback; the digest tells the app,
      // hydrating, that this was meant and is not an error to report.
      if (error instanceof ClientOnlyContent) return CLIENT_ONLY_DIGEST;
      errors.push(error);
    },
  });
  const html = await new Response(prelude).text();
  if (errors.length > 0)
    throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
  // "$?" is a part React would finish with an inline script (which the CSP forbids); "$!" a part
  // left to the browser, allowed only for ClientOnly content (any other error has thrown above).
  if (/<script|<link|<!--\$\?/.test(html)) {
    throw new Error(
      `the ${view} first screen is not self-contained (script, link or open boundary)`,
    );
  }
  return html;
}
