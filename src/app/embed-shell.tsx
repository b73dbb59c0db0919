import { useQueryState } from "nuqs";
import { lazy, Suspense, useEffect, useState } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import { URL_PARAMS } from "@/lib/url-params";
import { useLanguage } from "@/shared/url-state";
import { AppShell } from "./app-shell";
import { ViewError } from "./dataset-error";
import { LANGUAGE_TAGS, loadLanguage } from "./i18n";
import { ViewLoading } from "./view-outlet";

// Loaded only for an embed address: nothing of it is in the dashboard's first visit.
const EmbedView = lazy(() => import("@/features/embed/embed-view"));

/** The dashboard, or, for an address with `embed=<figure id>`, that one figure alone. */
export function Shell() {
  const [embed] = useQueryState("embed", URL_PARAMS.embed.parser);
  return embed ? <EmbedShell /> : <AppShell />;
}

/**
 * An embedded figure (features/embed) with none of the dashboard around it: no header, tabs or
 * filter bar. It is shown once the address's language is loaded, so its title never flashes in
 * English first.
 */
function EmbedShell() {
  const { t, i18n } = useTranslation();
  const [language] = useLanguage();
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void loadLanguage(language).then(() => {
      if (!current) return;
      document.documentElement.lang = LANGUAGE_TAGS[language];
      document.documentElement.dir = i18n.dir(language);
      setLoaded(language);
    });
    return () => {
      current = false;
    };
  }, [i18n, language]);
  if (loaded !== language) return <ViewLoading />;
  return (
    <ErrorBoundary fallbackRender={({ error }) => <ViewError error={error} view={t("app.name")} />}>
      <Suspense fallback={<ViewLoading />}>
        <EmbedView />
      </Suspense>
    </ErrorBoundary>
  );
}
