import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { NuqsTestingAdapter, type OnUrlUpdateFunction } from "nuqs/adapters/testing";
import { Suspense, type ReactElement } from "react";
import { FigureDemandProvider } from "@/components/charts/figure-demand-provider";
import { datasetQueryOptions } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import type { DatasetSource } from "@/data/user-dataset";
import type { FigureContext, Translate } from "@/lib/figure/context";
import { FormatProvider } from "@/shared/format-provider";

/**
 * Renders UI with a fresh QueryClient holding `dataset` from `source` (no fetch) and a URL of
 * `search`, and a page of its own: a fresh figure demand (nothing scrolled yet).
 * Returns the render result plus the URL updates the UI made.
 */
export function renderWithData(
  ui: ReactElement,
  {
    dataset,
    search = "",
    source = { kind: "bundled" },
  }: { dataset: Dataset; search?: string; source?: DatasetSource },
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryOptions.queryKey, { dataset, source });
  const updates: Parameters<OnUrlUpdateFunction>[0][] = [];
  const result = render(
    <QueryClientProvider client={client}>
      <NuqsTestingAdapter searchParams={search} onUrlUpdate={(e) => updates.push(e)} hasMemory>
        <FormatProvider>
          <FigureDemandProvider>
            <Suspense fallback={<p>Loading…</p>}>{ui}</Suspense>
          </FigureDemandProvider>
        </FormatProvider>
      </NuqsTestingAdapter>
    </QueryClientProvider>,
  );
  return { ...result, updates, client };
}

/**
 * A figure builder's context in a language, with the app's own catalogues (loaded on demand),
 * no filters and a fixed link and today.
 */
export async function figureContextFor(
  lang: "en" | "ur" | "zh",
  overrides: Partial<FigureContext> = {},
): Promise<FigureContext> {
  const { i18n, loadLanguage } = await import("@/app/i18n");
  await loadLanguage(lang);
  const { NO_FILTERS } = await import("@/data/filters");
  return {
    t: i18n.getFixedT(lang) as Translate,
    format: { lang, digits: "latn", amounts: lang === "ur" ? "south-asian" : "international" },
    filters: NO_FILTERS,
    link: "https://dashboard.example/?view=overview",
    today: Date.UTC(2026, 11, 2),
    ...overrides,
  };
}

/** Loads a language's catalogues and switches the app's i18n to it; switch back to "en" after. */
export async function switchLanguage(lang: "en" | "ur" | "zh"): Promise<void> {
  const { loadLanguage } = await import("@/app/i18n");
  await loadLanguage(lang);
}
