import { useMemo, useState, type ReactNode } from "react";
import {
  EntriesContext,
  RegisterContext,
  type Register,
  type RegistryEntry,
} from "./figure-registry-context";

/**
 * Holds the figure values of every ChartFrame on the page, so presentation mode, print and the
 * view's deck draw them from their values rather than from the page.
 */
export function FigureRegistryProvider({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<readonly RegistryEntry[]>([]);
  const register = useMemo<Register>(
    () => (entry) => {
      setEntries((all) => [...all.filter((e) => e.frame !== entry.frame), entry]);
      return () => setEntries((all) => all.filter((e) => e !== entry));
    },
    [],
  );
  return (
    <RegisterContext.Provider value={register}>
      <EntriesContext.Provider value={entries}>{children}</EntriesContext.Provider>
    </RegisterContext.Provider>
  );
}
