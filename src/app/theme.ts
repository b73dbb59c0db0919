import { useCallback, useSyncExternalStore } from "react";

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

const KEY = "cpec-theme";
const listeners = new Set<() => void>();
const media =
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)")
    : null;

function readTheme(): Theme {
  try {
    const v = localStorage.getItem(KEY);
    return v === "light" || v === "dark" ? v : "system";
  } catch {
    return "system";
  }
}

/** Applies the chosen theme (or the system's) to <html>; called before the first paint. */
export function applyTheme(theme: Theme = readTheme()): void {
  const dark = theme === "dark" || (theme === "system" && (media?.matches ?? false));
  document.documentElement.classList.toggle("dark", dark);
}

media?.addEventListener("change", () => {
  applyTheme();
  listeners.forEach((l) => l());
});

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => "system" as Theme);
  const setTheme = useCallback((next: Theme) => {
    try {
      if (next === "system") localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      // Storage can be unavailable (private mode, file://): the choice then lasts for this page only.
    }
    applyTheme(next);
    listeners.forEach((l) => l());
  }, []);
  return [theme, setTheme] as const;
}
