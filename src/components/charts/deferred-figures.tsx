import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useFigureDemand } from "./figure-demand";
import { useHoldFigures } from "./figure-registry-context";

/**
 * Renders `children` once its place is in the viewport or every figure has been requested; until
 * then `placeholder`, which should hold about the room the figures will take. Where
 * IntersectionObserver does not exist, it renders at once.
 *
 * The figures are drawn in a render React can interrupt (a transition): a block of charts or a
 * long list must not freeze the page while it is built, except for printing, which cannot wait.
 * The first render always shows the placeholder (as the build's first screen was drawn), so a
 * first screen is hydrated as it is and the figures follow.
 */
export function DeferUntilNear({
  children,
  placeholder,
}: {
  children: ReactNode;
  placeholder: ReactNode;
}) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  const ref = useRef<HTMLDivElement>(null);
  const demand = useFigureDemand();
  // What needs every figure (the view's deck) waits until these are drawn.
  useHoldFigures(!near);

  useEffect(() => {
    if (near) return;
    const show = (urgent = false) => {
      if (urgent) flushSync(() => setNear(true));
      else startTransition(() => setNear(true));
    };
    if (demand.requested()) {
      show();
      return;
    }
    const unsubscribe = demand.subscribe(show);
    const el = ref.current;
    const observer = el
      ? new IntersectionObserver((entries) => {
          if (entries.some((e) => e.isIntersecting)) show();
        })
      : null;
    if (el) observer?.observe(el);
    return () => {
      unsubscribe();
      observer?.disconnect();
    };
  }, [near, demand]);

  if (near) return <>{children}</>;
  return <div ref={ref}>{placeholder}</div>;
}

/** A placeholder for DeferUntilNear: empty room about as tall as what it stands for. */
export function HeldRoom({ rem }: { rem: number }) {
  return <div aria-hidden="true" style={{ minHeight: `${rem}rem` }} />;
}
