import { lazy, Suspense, type ComponentType } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import type { View } from "@/shared/url-state";
import { ViewError } from "./dataset-error";

// Each view is its own chunk: a first visit to Overview downloads no other view's code.
const views: Record<View, ComponentType> = {
  overview: lazy(() =>
    import("@/features/overview/overview-view").then((m) => ({ default: m.OverviewView })),
  ),
  projects: lazy(() =>
    import("@/features/projects/projects-view").then((m) => ({ default: m.ProjectsView })),
  ),
  timeline: lazy(() =>
    import("@/features/timeline/timeline-view").then((m) => ({ default: m.TimelineView })),
  ),
  map: lazy(() => import("@/features/map/map-view").then((m) => ({ default: m.MapView }))),
  meetings: lazy(() =>
    import("@/features/meetings/meetings-view").then((m) => ({ default: m.MeetingsView })),
  ),
  documents: lazy(() =>
    import("@/features/documents/documents-view").then((m) => ({ default: m.DocumentsView })),
  ),
  sources: lazy(() =>
    import("@/features/sources/sources-view").then((m) => ({ default: m.SourcesView })),
  ),
};

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
