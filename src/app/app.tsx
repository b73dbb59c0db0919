import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/react";
import { useState } from "react";
import { I18nextProvider } from "react-i18next";
import { FigureDemandProvider } from "@/components/charts/figure-demand-provider";
import { FigureRegistryProvider } from "@/components/charts/figure-registry";
import {
  FirstScreenContext,
  NO_FIRST_SCREEN,
  type FirstScreenInfo,
} from "@/shared/first-screen-context";
import { FormatProvider } from "@/shared/format-provider";
import { Shell } from "./embed-shell";
import { i18n } from "./i18n";
import { makeQueryClient } from "./query-client";

/**
 * `client`: a query client that already holds the dataset (the first screen's hydration, and its
 * build-time render). `serverSearch`: the address the first screen was rendered for, which
 * hydration must see as the server did. `firstScreen`: the build is drawing the first screen, or
 * the app is hydrating one drawn for that day (a chart marking today starts there and moves to
 * the real day in a transition: see useToday).
 */
export function App({
  client,
  serverSearch,
  firstScreen = NO_FIRST_SCREEN,
}: {
  client?: QueryClient;
  serverSearch?: string;
  firstScreen?: FirstScreenInfo;
}) {
  const [queryClient] = useState(() => client ?? makeQueryClient());
  return (
    <FirstScreenContext.Provider value={firstScreen}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <NuqsAdapter serverSearch={serverSearch}>
            <FormatProvider>
              <FigureDemandProvider>
                <FigureRegistryProvider>
                  <Shell />
                </FigureRegistryProvider>
              </FigureDemandProvider>
            </FormatProvider>
          </NuqsAdapter>
        </QueryClientProvider>
      </I18nextProvider>
    </FirstScreenContext.Provider>
  );
}
