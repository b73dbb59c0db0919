import { useCallback, useSyncExternalStore } from "react";
import { isDark, THEME_KEY } from "@/first-screen/protocol";

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

const listeners = new Set<() => void>();
const media =
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)")
    : null;

function readTheme(): Theme {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return v === "light" || v === "dark" ? v : "system";
  } catch {
    return "system";
  }
}

/**
 * Applies the chosen theme (or the system's) to <html>. In the build the first screen's script
 * has done so before the first paint, by the same rule (isDark); the dev server has no such script.
 */
export function applyTheme(theme: Theme = readTheme()): void {
  document.documentElement.classList.toggle("dark", isDark(theme, media?.matches ?? false));
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
      if (next === "system") localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be unavailable (private mode, file://): the choice then lasts for this page only.
    }
    applyTheme(next);
    listeners.forEach((l) => l());
  }, []);
  return [theme, setTheme] as const;
}
