/**
 * Which figure a key moves the presentation to, or null when the key is not a move. The arrow keys
 * follow the reading direction: in a right-to-left page (Urdu) ← steps forward and → back, as the
 * figures of a row read from the right. PageDown, Space and ↓ stay "next" in every language, so a
 * presenter's clicker (which sends PageDown and PageUp) works the same in all three.
 */
export function stepForKey(
  key: string,
  { current, count, shift = false, rtl = false }: StepContext,
): number | null {
  const forward = rtl ? "ArrowLeft" : "ArrowRight";
  const back = rtl ? "ArrowRight" : "ArrowLeft";
  switch (key) {
    case forward:
    case "ArrowDown":
    case "PageDown":
      return current + 1;
    case back:
    case "ArrowUp":
    case "PageUp":
      return current - 1;
    case " ":
      return current + (shift ? -1 : 1);
    case "Home":
      return 1;
    case "End":
      return count;
    default:
      return null;
  }
}

export interface StepContext {
  current: number;
  count: number;
  /** Shift is held: Shift+Space steps back. */
  shift?: boolean;
  /** The page reads right to left. */
  rtl?: boolean;
}
