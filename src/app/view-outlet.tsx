import { lazy, Suspense, type ComponentType } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import type { View } from "@/shared/url-state";
import { loadedView, VIEW_NAMES, viewLoaders } from "./view-loaders";
import { ViewError } from "./dataset-error";
import { ViewHydrated } from "./hand-over";

/**
 * Each view loads on first use. One whose code has already arrived (preloadView) is handed to
 * React.lazy as an already-settled thenable, which React reads at once instead of suspending:
 * hydrating the build's first screen must not wait on it (see start.tsx).
 */
function lazyView(view: View) {
  return lazy(() => {
    const loaded = loadedView(view);
    if (!loaded) return viewLoaders[view]();
    const settled = {
      then: (resolve: (module: { default: ComponentType }) => void) => resolve({ default: loaded }),
    };
    return settled as unknown as Promise<{ default: ComponentType }>;
  });
}

const views = Object.fromEntries(
  VIEW_NAMES.map((view) => [view, lazyView(view)]),
) as unknown as Record<View, ComponentType>;

export function ViewLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="p-8 text-center text-muted-foreground">
      {t("app.loading")}
    </p>
  );
}

/** The current view, inside its own error boundary: a failure stays in the view; the shell stays usable. */
export function ViewOutlet({ view }: { view: View }) {
  const { t } = useTranslation();
  const Component = views[view];
  return (
    <ErrorBoundary
      resetKeys={[view]}
      fallbackRender={({ error }) => (
        <>
          <ViewError error={error} view={t(`nav.${view}`)} />
          <ViewHydrated />
        </>
      )}
    >
      <Suspense fallback={<ViewLoading />}>
        <Component />
        <ViewHydrated />
      </Suspense>
    </ErrorBoundary>
  );
}
