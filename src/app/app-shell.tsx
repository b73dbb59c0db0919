import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { Suspense, useEffect, type MouseEvent } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import { datasetQueryOptions } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { cn } from "@/lib/cn";
import { formatPartialDate } from "@/lib/format";
import { parsersOf } from "@/lib/url-params";
import { ErrorMessage } from "@/components/ui/error-message";
import type { AmountScale } from "@/lib/format";
import { useAmountScale } from "@/shared/amount-scale";
import { useDigits, type Digits } from "@/shared/digits";
import { useFormat } from "@/shared/use-format";
import { useHydrated } from "@/shared/hydrated";
import { ProjectDetailPanel } from "@/shared/project-detail-panel";
import { LANGUAGES, useLanguage, useView, VIEWS, type View } from "@/shared/url-state";
import { PresentMode } from "@/features/present/present-mode";
import { FilterBar } from "./filter-bar";
import { OfflineNotice } from "./offline-notice";
import { OpenDataControls } from "./open-data-controls";
import { THEMES, useTheme } from "./theme";
import { LANGUAGE_TAGS, loadLanguage } from "./i18n";
import { UrlNotice } from "./url-notice";
import { ViewOutlet } from "./view-outlet";

/** Each language named in its own script, so a reader finds theirs whatever is showing. */
const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = {
  en: "English",
  ur: "اردو",
  zh: "中文",
};

function selectMeta(d: Dataset) {
  return { version: d.metadata.version, dataAsOf: d.metadata.dataAsOf };
}

/** What a view has open (a project, meeting, document, timeline item): closed on going to another view. */
const DETAIL_PARAMS = ["project", "meeting", "doc", "titem"] as const;

/**
 * A link to a view that keeps the filters and settings of the current URL. `path`: the page's
 * own path, for a link with no query; "./" while the build-time first screen is hydrated.
 */
function viewHref(view: View, path: string): string {
  const params = new URLSearchParams(window.location.search);
  if (view === "overview") params.delete("view");
  else params.set("view", view);
  for (const key of DETAIL_PARAMS) params.delete(key);
  const search = params.toString();
  return search ? `?${search}` : path;
}

export function AppShell() {
  const { t, i18n } = useTranslation();
  const [view] = useView();
  const [, navigate] = useQueryStates(parsersOf("view", ...DETAIL_PARAMS), {
    history: "push",
    scroll: true,
  });
  const [language, setLanguage] = useLanguage();
  const format = useFormat();
  const [digits, setDigits] = useDigits();
  const [amountScale, setAmountScale] = useAmountScale();
  const meta = useQuery({ ...datasetQueryOptions, select: selectMeta });

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
        <div className="mx-auto flex max-w-[1800px] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <div className="min-w-0 basis-full sm:flex-1 sm:basis-auto">
            <p className="text-lg font-bold tracking-tight text-foreground">{t("app.name")}</p>
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
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <PresentMode />
            <HeaderSelect
              label={t("app.language")}
              value={language}
              onChange={(l) => void setLanguage(l)}
              options={LANGUAGES.map((l) => ({
                value: l,
                label: LANGUAGE_NAMES[l],
                lang: LANGUAGE_TAGS[l],
              }))}
            />
            {language === "ur" && (
              <HeaderSelect<Digits>
                label={t("i18n.digits.label")}
                value={digits}
                onChange={(d) => void setDigits(d)}
                options={[
                  { value: "latn", label: t("i18n.digits.latn") },
                  { value: "arab", label: t("i18n.digits.arab") },
                ]}
              />
            )}
            {/* Chinese writes large amounts in 万 and 亿 whatever is chosen, so it has no choice. */}
            {language !== "zh" && (
              <HeaderSelect<AmountScale>
                label={t("i18n.amounts.label")}
                value={amountScale}
                onChange={(a) => void setAmountScale(a)}
                options={[
                  { value: "international", label: t("i18n.amounts.international") },
                  { value: "south-asian", label: t("i18n.amounts.south-asian") },
                ]}
              />
            )}
            <ThemeSelect />
            <OpenDataControls />
          </div>
        </div>
        <nav aria-label={t("nav.label")} className="mx-auto max-w-[1800px] overflow-x-auto px-2">
          <ul className="flex gap-1">
            {VIEWS.map((v) => (
              <li key={v}>
                <ViewLink view={v} current={v === view} onGo={go} />
              </li>
            ))}
          </ul>
        </nav>
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

/**
 * A view's tab. Its own component: when hydration ends and the page's path becomes known, only
 * the links render again, not the page.
 */
function ViewLink({
  view,
  current,
  onGo,
}: {
  view: View;
  current: boolean;
  onGo: (view: View) => void;
}) {
  const { t } = useTranslation();
  const path = useHydrated() ? window.location.pathname : "./";
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onGo(view);
  };
  return (
    <a
      href={viewHref(view, path)}
      onClick={onClick}
      aria-current={current ? "page" : undefined}
      className={cn(
        "inline-block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
        current
          ? "border-primary text-foreground"
          : "border-transparent text-muted-foreground hover:text-foreground",
      )}
    >
      {t(`nav.${view}`)}
    </a>
  );
}

/**
 * The theme choice. Its own component: the stored choice is read after hydration (the first
 * screen was rendered with "system"), and only this select renders again.
 */
function ThemeSelect() {
  const { t } = useTranslation();
  const [theme, setTheme] = useTheme();
  return (
    <HeaderSelect
      label={t("app.theme")}
      value={theme}
      onChange={setTheme}
      options={THEMES.map((th) => ({ value: th, label: t(`theme.${th}`) }))}
    />
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

/** A labelled choice in the header: language, digits, amounts, theme. */
function HeaderSelect<V extends string>({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string; lang?: string }[];
}) {
  return (
    <label className="flex items-center gap-1.5">
      <span className="text-muted-foreground">{label}</span>
      <select
        className="h-8 rounded-md border border-border bg-card px-2"
        value={value}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
