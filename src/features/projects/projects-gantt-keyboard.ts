import { useRef, useState } from "react";

/**
 * The row a key moves to from row `index` of `count`: ArrowDown and ArrowUp one row (stopping at
 * the ends), Home the first, End the last; null for any other key.
 */
export function rowForKey(key: string, index: number, count: number): number | null {
  const to =
    key === "ArrowDown"
      ? index + 1
      : key === "ArrowUp"
        ? index - 1
        : key === "Home"
          ? 0
          : key === "End"
            ? count - 1
            : null;
  return to === null ? null : Math.max(0, Math.min(count - 1, to));
}

/**
 * One tab stop for a list of row buttons (a roving tabindex): the active row has tabIndex 0, the
 * arrow keys move focus. A row not rendered yet (outside a virtualised list's window) is focused
 * as soon as it mounts; `focus` returns false then, so the caller can scroll it into view.
 */
export function useRowFocus(count: number) {
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const pending = useRef<number | null>(null);
  const [active, setActive] = useState(0);
  const current = Math.max(0, Math.min(active, count - 1));

  const focus = (index: number): boolean => {
    setActive(index);
    const el = buttons.current.get(index);
    if (el) {
      el.focus();
      return true;
    }
    pending.current = index;
    return false;
  };

  const register = (index: number) => (el: HTMLButtonElement | null) => {
    if (!el) {
      buttons.current.delete(index);
      return;
    }
    buttons.current.set(index, el);
    if (pending.current === index) {
      pending.current = null;
      el.focus();
    }
  };

  return { current, setActive, focus, register };
}
