import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { Suspense, useEffect } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import { datasetQueryOptions, ofDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { formatPartialDate } from "@/lib/format";
import { parsersOf } from "@/lib/url-params";
import { ErrorMessage } from "@/components/ui/error-message";
import { useFormat } from "@/shared/use-format";
import { ProjectDetailPanel } from "@/shared/project-detail-panel";
import { useLanguage, useView, type View } from "@/shared/url-state";
import { FilterBar } from "./filter-bar";
import { OfflineNotice } from "./offline-notice";
import { HeaderSettings } from "./header-settings";
import { OpenDataStatus } from "./open-data-controls";
import { LANGUAGE_TAGS, loadLanguage } from "./i18n";
import { UrlNotice } from "./url-notice";
import { ViewOutlet } from "./view-outlet";
import { DETAIL_PARAMS } from "./detail-params";
import { ViewTabs } from "./view-tabs";

function selectMeta(d: Dataset) {
  return { version: d.metadata.version, dataAsOf: d.metadata.dataAsOf };
}
const selectMetaLoaded = ofDataset(selectMeta);

export function AppShell() {
  const { t, i18n } = useTranslation();
  const [view] = useView();
  const [, navigate] = useQueryStates(parsersOf("view", ...DETAIL_PARAMS), {
    history: "push",
    scroll: true,
  });
  const [language] = useLanguage();
  const format = useFormat();
  const meta = useQuery({ ...datasetQueryOptions, select: selectMetaLoaded });

  useEffect(() => {
    document.title = `${t(`nav.${view}`)} · ${t("app.name")}`;
  }, [t, view]);
  useEffect(() => {
    let current = true;
    void loadLanguage(language).then(() => {
      if (!current) return;
      // Set only when they change: each setting makes the browser restyle the whole page.
      const html = document.documentElement;
      if (html.lang !== LANGUAGE_TAGS[language]) html.lang = LANGUAGE_TAGS[language];
      if (html.dir !== i18n.dir(language)) html.dir = i18n.dir(language);
    });
    return () => {
      current = false;
    };
  }, [i18n, language]);

  const go = (next: View) =>
    void navigate({ view: next, ...Object.fromEntries(DETAIL_PARAMS.map((key) => [key, null])) });

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:p-2"
      >
        {t("app.skip")}
      </a>
      <header className="no-print border-b border-border bg-card">
        {/* One row on a phone: the name and the settings button; wide screens show the settings. */}
        <div className="mx-auto flex max-w-[1800px] items-center gap-x-6 gap-y-2 px-4 py-3 md:flex-wrap">
          <div className="min-w-0 flex-1">
            <p className="text-lg leading-snug font-bold tracking-tight text-foreground">
              {t("app.name")}
            </p>
            <p className="text-xs text-muted-foreground" aria-live="polite">
              {meta.data
                ? t("app.datasetMeta", {
                    version: meta.data.version,
                    date: formatPartialDate(meta.data.dataAsOf, format),
                  })
                : meta.isError
                  ? t("app.datasetFailed")
                  : t("app.loading")}
              <OfflineNotice />
            </p>
          </div>
          <HeaderSettings />
        </div>
        <OpenDataStatus className="mx-auto max-w-[1800px] px-4 not-empty:pb-3" />
        <ViewTabs view={view} onGo={go} />
      </header>
      <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-4">
        <h1 className="sr-only">{t(`nav.${view}`)}</h1>
        <UrlNotice />
        {view !== "sources" && <FilterBar />}
        <ViewOutlet view={view} />
      </main>
      <DetailBoundary />
    </div>
  );
}

/** The project detail lives outside the views so any view can open it; its failure stays its own. */
function DetailBoundary() {
  return (
    <ErrorBoundary
      fallbackRender={({ error }) => (
        <div className="fixed end-4 bottom-4 z-50 max-w-md">
          <ErrorMessage title={String(error instanceof Error ? error.message : error)} />
        </div>
      )}
    >
      <Suspense fallback={null}>
        <ProjectDetailPanel />
      </Suspense>
    </ErrorBoundary>
  );
}
