import { startTransition, useLayoutEffect, useRef, useState } from "react";

/**
 * The width of the element `ref` is put on, 0 until it has been measured (before the first paint)
 * and kept up to date as it changes. Where nothing can be measured (a test's DOM) it is
 * `unmeasured`. With `transition`, each new width is rendered as a transition, which React can
 * draw in short slices (the map); otherwise at once.
 */
export function useMeasuredWidth<T extends HTMLElement>(
  unmeasured: number,
  { transition = false }: { transition?: boolean } = {},
) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const measured = element.clientWidth || unmeasured;
      if (transition) startTransition(() => setWidth(measured));
      else setWidth(measured);
    };
    update();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [unmeasured, transition]);
  return [ref, width] as const;
}
