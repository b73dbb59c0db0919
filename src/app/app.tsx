import { QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/react";
import { useState } from "react";
import { I18nextProvider } from "react-i18next";
import { AppShell } from "./app-shell";
import { i18n } from "./i18n";
import { makeQueryClient } from "./query-client";

export function App() {
  const [queryClient] = useState(makeQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <NuqsAdapter>
          <AppShell />
        </NuqsAdapter>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
