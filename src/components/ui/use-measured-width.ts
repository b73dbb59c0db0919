import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from "react";

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

/** The size of an element's box, followed as it changes (the iframe resized, fonts arrived). */
export function useBoxSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () =>
      setSize((s) =>
        s.width === el.clientWidth && s.height === el.clientHeight
          ? s
          : { width: el.clientWidth, height: el.clientHeight },
      );
    update();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
