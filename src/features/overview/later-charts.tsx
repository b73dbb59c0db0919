import { lazy, Suspense, type ReactNode } from "react";
import { DeferUntilNear } from "@/components/charts/deferred-figures";
import type { PointsFigure, StepFigure } from "@/lib/figure/figure";

/*
 * The Overview's time charts are drawn with Recharts. They sit below a desktop's first screen, so
 * their code comes when the reader goes on (a scroll, a key, the chart's place in sight, present
 * mode or print), not with the bar charts at the page's start. Their frames (title, caption,
 * Download menu, table) are there from the start: only the drawing waits, in its own room.
 */
const Step = lazy(() =>
  import("@/components/charts/figure-step").then((m) => ({ default: m.FigureStep })),
);
const Points = lazy(() =>
  import("@/components/charts/figure-points").then((m) => ({ default: m.FigurePoints })),
);

/** Held room as tall as the chart it stands for, so nothing moves when it comes. */
function Room({ height }: { height: number }) {
  return <div aria-hidden="true" style={{ height }} />;
}

/** A drawing that waits for the reader, in room of its height until it comes. */
function Later({ height, children }: { height: number; children: ReactNode }) {
  return (
    <DeferUntilNear placeholder={<Room height={height} />}>
      <Suspense fallback={<Room height={height} />}>{children}</Suspense>
    </DeferUntilNear>
  );
}

export function LaterStep({ figure }: { figure: StepFigure }) {
  return (
    <Later height={280}>
      <Step figure={figure} />
    </Later>
  );
}

export function LaterPoints({ figure }: { figure: PointsFigure }) {
  return (
    <Later height={260}>
      <Points figure={figure} />
    </Later>
  );
}
