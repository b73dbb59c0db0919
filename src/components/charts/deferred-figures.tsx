import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { allFiguresRequested, subscribeFigureDemand } from "./figure-demand";

const nothingRequested = () => false;

/**
 * Renders `children` once its place is in the viewport or every figure has been
 * requested; until then `placeholder`, which should hold about the room the figures will take.
 * Where IntersectionObserver does not exist, it renders at once.
 */
export function DeferUntilNear({
  children,
  placeholder,
}: {
  children: ReactNode;
  placeholder: ReactNode;
}) {
  // The build's first screen is rendered with nothing requested; hydration must start the same.
  const all = useSyncExternalStore(subscribeFigureDemand, allFiguresRequested, nothingRequested);
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (near || all || !ref.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: "0px" },
    );
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [near, all]);

  if (near || all) return <>{children}</>;
  return <div ref={ref}>{placeholder}</div>;
}

/** A placeholder for DeferUntilNear: empty room about as tall as what it stands for. */
export function HeldRoom({ rem }: { rem: number }) {
  return <div aria-hidden="true" style={{ minHeight: `${rem}rem` }} />;
}
