import type { ThemeName } from "@/lib/figure/svg/draw-context";
import type { View } from "@/lib/url-params";

/** The page's theme (the class the app sets on <html> before the first paint). */
export function pageTheme(): ThemeName {
  return document.documentElement.classList.contains("dark") ? "dark" : "light";
}

/**
 * The address of the full dashboard at the figure's view, with the same filters, language and
 * view settings: the embed's own address without `embed`. Relative (a query, or the page's path
 * when nothing is left), so it works from any sub-path of any host.
 */
export function dashboardHref(search: string, pathname: string, view: View | null): string {
  const params = new URLSearchParams(search);
  params.delete("embed");
  if (view && view !== "overview") params.set("view", view);
  else params.delete("view");
  const query = params.toString();
  return query ? `?${query}` : pathname || "./";
}
