import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
  type RefObject,
} from "react";
import type { Figure } from "@/lib/figure/figure";

interface Entry {
  figure: Figure;
  /** The frame on the page: only its place in the page's order is read, never what it shows. */
  frame: RefObject<HTMLElement | null>;
}

type Register = (entry: Entry) => () => void;

// Two contexts: frames only register (a stable function, so a new figure elsewhere does not
// render every frame again); presentation mode and print read the list.
const RegisterContext = createContext<Register | null>(null);
const EntriesContext = createContext<readonly Entry[]>([]);

/**
 * Holds the figure values of every ChartFrame on the page, so presentation mode, print and the
 * view's deck draw them from their values rather than from the page.
 */
export function FigureRegistryProvider({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<readonly Entry[]>([]);
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
