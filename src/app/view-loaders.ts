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

/**
 * Starts downloading a view's code. Called with the view of the address before React starts, so
 * the view's chunk arrives alongside the app's own code instead of after it has run.
 */
export function preloadView(view: string | null): void {
  const load = viewLoaders[(view ?? "overview") as View] as (typeof viewLoaders)[View] | undefined;
  void load?.().catch(() => undefined);
}
