import { createContext, useContext, useEffect, useMemo, type RefObject } from "react";
import type { Figure } from "@/lib/figure/figure";

export interface RegistryEntry {
  figure: Figure;
  /** The frame on the page: only its place in the page's order is read, never what it shows. */
  frame: RefObject<HTMLElement | null>;
}

export type Register = (entry: RegistryEntry) => () => void;

// Two contexts: frames only register (a stable function, so a new figure elsewhere does not
// render every frame again); presentation mode and print read the list.
export const RegisterContext = createContext<Register | null>(null);
export const EntriesContext = createContext<readonly RegistryEntry[]>([]);

/** Registers a frame's figure while the frame is on the page. */
export function useRegisterFigure(figure: Figure, frame: RefObject<HTMLElement | null>): void {
  const register = useContext(RegisterContext);
  useEffect(() => register?.({ figure, frame }), [register, figure, frame]);
}

/** The figures on the page, in the page's order. */
export function usePageFigures(): Figure[] {
  const entries = useContext(EntriesContext);
  return useMemo(() => {
    const list = entries.filter((e) => e.frame.current);
    list.sort((a, b) =>
      a.frame.current!.compareDocumentPosition(b.frame.current!) & Node.DOCUMENT_POSITION_FOLLOWING
        ? -1
        : 1,
    );
    return list.map((e) => e.figure);
  }, [entries]);
}
