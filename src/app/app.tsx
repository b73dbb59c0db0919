import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/react";
import { useState } from "react";
import { I18nextProvider } from "react-i18next";
import { FigureRegistryProvider } from "@/components/charts/figure-registry";
import { FormatProvider } from "@/shared/format-provider";
import { Shell } from "./embed-shell";
import { i18n } from "./i18n";
import { makeQueryClient } from "./query-client";

/**
 * `client`: a query client that already holds the dataset (the first screen's hydration, and its
 * build-time render). `serverSearch`: the address the first screen was rendered for, which
 * hydration must see as the server did.
 */
export function App({ client, serverSearch }: { client?: QueryClient; serverSearch?: string }) {
  const [queryClient] = useState(() => client ?? makeQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <NuqsAdapter serverSearch={serverSearch}>
          <FormatProvider>
            <FigureRegistryProvider>
              <Shell />
            </FigureRegistryProvider>
          </FormatProvider>
        </NuqsAdapter>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
