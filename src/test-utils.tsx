import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { NuqsTestingAdapter, type OnUrlUpdateFunction } from "nuqs/adapters/testing";
import { Suspense, type ReactElement } from "react";
import { datasetQueryOptions } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { FormatProvider } from "@/shared/format-provider";

/**
 * Renders UI with a fresh QueryClient holding `dataset` (no fetch) and a URL of `search`.
 * Returns the render result plus the URL updates the UI made.
 */
export function renderWithData(
  ui: ReactElement,
  { dataset, search = "" }: { dataset: Dataset; search?: string },
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryOptions.queryKey, dataset);
  const updates: Parameters<OnUrlUpdateFunction>[0][] = [];
  const result = render(
    <QueryClientProvider client={client}>
      <NuqsTestingAdapter searchParams={search} onUrlUpdate={(e) => updates.push(e)} hasMemory>
        <FormatProvider>
          <Suspense fallback={<p>Loading…</p>}>{ui}</Suspense>
        </FormatProvider>
      </NuqsTestingAdapter>
    </QueryClientProvider>,
  );
  return { ...result, updates, client };
}
