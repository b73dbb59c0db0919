import { createContext, useContext, useEffect, useMemo, type RefObject } from "react";
import type { Figure } from "@/lib/figure/figure";

export interface RegistryEntry {
  figure: Figure;
  /** The frame on the page: only its place in the page's order is read, never what it shows. */
  frame: RefObject<HTMLElement | null>;
}

export type Register = (entry: RegistryEntry) => () => void;

export interface FigureRegistry {
  register: Register;
  /**
   * Taken by a part of the page that has not drawn its figures yet (DeferUntilNear); returns the
   * release, called once it has.
   */
  hold: () => () => void;
  /** Every figure on the page, in the page's order, once no part holds the registry. */
  allFigures: () => Promise<Figure[]>;
}

// Two contexts: frames only register (a stable object, so a new figure elsewhere does not
// render every frame again); presentation mode and print read the list.
export const RegistryContext = createContext<FigureRegistry | null>(null);
export const EntriesContext = createContext<readonly RegistryEntry[]>([]);

export function inPageOrder(entries: readonly RegistryEntry[]): Figure[] {
  const list = entries.filter((e) => e.frame.current);
  list.sort((a, b) =>
    a.frame.current!.compareDocumentPosition(b.frame.current!) & Node.DOCUMENT_POSITION_FOLLOWING
      ? -1
      : 1,
  );
  return list.map((e) => e.figure);
}

/** Registers a frame's figure while the frame is on the page. */
export function useRegisterFigure(figure: Figure, frame: RefObject<HTMLElement | null>): void {
  const registry = useContext(RegistryContext);
  useEffect(() => registry?.register({ figure, frame }), [registry, figure, frame]);
}

/** Holds the registry while `waiting`: the figures of this part of the page are still to come. */
export function useHoldFigures(waiting: boolean): void {
  const registry = useContext(RegistryContext);
  useEffect(() => (waiting ? registry?.hold() : undefined), [registry, waiting]);
}

/** The figures on the page, in the page's order, as of the last render. */
export function usePageFigures(): Figure[] {
  const entries = useContext(EntriesContext);
  return useMemo(() => inPageOrder(entries), [entries]);
}

/**
 * Resolves to every figure of the page once all are drawn: for what is made from them after a
 * click (the view's deck), which may come before the figures below the first screen, or before
 * those of a first screen just taken over, have registered and rendered.
 */
export function useAllPageFigures(): () => Promise<Figure[]> {
  const registry = useContext(RegistryContext);
  return registry?.allFigures ?? (() => Promise.resolve([]));
}
