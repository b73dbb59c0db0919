import { useEffect, type RefObject } from "react";

/** Closes an open menu on Escape or on a pointer press outside its own elements. */
export function useMenuDismiss(
  open: boolean,
  close: () => void,
  inside: readonly RefObject<HTMLElement | null>[],
): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.stopPropagation();
      close();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!inside.some((r) => r.current?.contains(target))) close();
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("pointerdown", onPointer);
    };
    // `inside` is a list of refs, stable across renders by the caller's construction.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, close]);
}
