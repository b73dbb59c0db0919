import type { ComponentType } from "react";
import type { View } from "@/shared/url-state";

// Each view is its own chunk: a first visit to Overview downloads no other view's code.
export const viewLoaders: Record<View, () => Promise<{ default: ComponentType }>> = {
  overview: () =>
    import("@/features/overview/overview-view").then((m) => ({ default: m.OverviewView })),
  projects: () =>
    import("@/features/projects/projects-view").then((m) => ({ default: m.ProjectsView })),
  timeline: () =>
    import("@/features/timeline/timeline-view").then((m) => ({ default: m.TimelineView })),
  map: () => import("@/features/map/map-view").then((m) => ({ default: m.MapView })),
  meetings: () =>
    import("@/features/meetings/meetings-view").then((m) => ({ default: m.MeetingsView })),
  documents: () =>
    import("@/features/documents/documents-view").then((m) => ({ default: m.DocumentsView })),
  sources: () =>
    import("@/features/sources/sources-view").then((m) => ({ default: m.SourcesView })),
};

export const VIEW_NAMES = Object.keys(viewLoaders) as View[];

/** A name from the address that is one of the views (never an inherited property such as `toString`). */
export function isView(name: string): name is View {
  return Object.hasOwn(viewLoaders, name);
}

/** Views whose code has arrived, by view: rendered directly, without suspending. */
const loaded = new Map<View, ComponentType>();

/** A view's component if its code has arrived, else undefined. */
export function loadedView(view: View): ComponentType | undefined {
  return loaded.get(view);
}

/**
 * Starts downloading a view's code. Called with the view of the address before React starts, so
 * the view's chunk arrives alongside the app's own code instead of after it has run. Resolves
 * when it has arrived (never rejects: a failed download is the view's error boundary's to show).
 */
export function preloadView(view: string | null): Promise<void> {
  const name = view ?? "overview";
  // Only the dashboard's own views: `?view=constructor` must not find Object's.
  if (!isView(name)) return Promise.resolve();
  return viewLoaders[name]().then(
    (m) => void loaded.set(name, m.default),
    () => undefined,
  );
}
