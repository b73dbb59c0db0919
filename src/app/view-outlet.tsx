import { lazy, Suspense, type ComponentType } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import type { View } from "@/shared/url-state";
import { VIEW_NAMES, viewLoaders } from "./view-loaders";
import { ViewError } from "./dataset-error";

const views = Object.fromEntries(
  VIEW_NAMES.map((view) => [view, lazy(viewLoaders[view])]),
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
      fallbackRender={({ error }) => <ViewError error={error} view={t(`nav.${view}`)} />}
    >
      <Suspense fallback={<ViewLoading />}>
        <Component />
      </Suspense>
    </ErrorBoundary>
  );
}
