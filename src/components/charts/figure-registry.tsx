import { useState, type ReactNode } from "react";
import {
  EntriesContext,
  inPageOrder,
  RegistryContext,
  type FigureRegistry,
  type RegistryEntry,
} from "./figure-registry-context";

/**
 * The registry's state outside React's renders: a click handler reads the figures registered so
 * far, not those of its render, and waits while parts of the page still hold their figures.
 * `publish` hands each new list to React for the views that render it.
 */
function makeRegistry(publish: (entries: readonly RegistryEntry[]) => void): FigureRegistry {
  let entries: readonly RegistryEntry[] = [];
  const holds = new Set<object>();
  const waiting: (() => void)[] = [];
  const update = (next: readonly RegistryEntry[]) => {
    entries = next;
    publish(next);
  };
  return {
    register(entry) {
      update([...entries.filter((e) => e.frame !== entry.frame), entry]);
      return () => update(entries.filter((e) => e !== entry));
    },
    hold() {
      const token = {};
      holds.add(token);
      return () => {
        holds.delete(token);
        if (holds.size === 0) for (const resume of waiting.splice(0)) resume();
      };
    },
    async allFigures() {
      // A part lets go in the cleanup of its effect, before the same commit's new effects have
      // registered its figures: the promise goes on after them (a microtask), and a part that
      // came with them and holds in turn is waited for too.
      while (holds.size > 0) await new Promise<void>((resume) => waiting.push(resume));
      return inPageOrder(entries);
    },
  };
}

/**
 * Holds the figure values of every ChartFrame on the page, so presentation mode, print and the
 * view's deck draw them from their values rather than from the page.
 */
export function FigureRegistryProvider({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<readonly RegistryEntry[]>([]);
  const [registry] = useState(() => makeRegistry(setEntries));
  return (
    <RegistryContext.Provider value={registry}>
      <EntriesContext.Provider value={entries}>{children}</EntriesContext.Provider>
    </RegistryContext.Provider>
  );
}
