import { act, fireEvent, render, screen } from "@testing-library/react";
import { useRef, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Figure } from "@/lib/figure/figure";
import { DeferUntilNear } from "./deferred-figures";
import { createFigureDemand, useFigureDemand } from "./figure-demand";
import { FigureDemandProvider } from "./figure-demand-provider";
import { useAllPageFigures, useRegisterFigure } from "./figure-registry-context";
import { FigureRegistryProvider } from "./figure-registry";

// The registry only carries figures and orders them by their frames: an id is all it reads here.
const figure = (id: string) => ({ id }) as Figure;
const FIGURES = { top: figure("top"), below: figure("below"), last: figure("last") };

function Frame({ figure }: { figure: Figure }) {
  const ref = useRef<HTMLElement>(null);
  useRegisterFigure(figure, ref);
  return <section ref={ref} aria-label={figure.id} />;
}

/** Collects the page's figures on a click, as the view's deck does. */
function Collect() {
  const allFigures = useAllPageFigures();
  const demand = useFigureDemand();
  const [ids, setIds] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          demand.requestAll();
          void allFigures().then((all) => setIds(all.map((f) => f.id).join(" ")));
        }}
      >
        Collect
      </button>
      {ids !== null && <output>{ids}</output>}
    </>
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("the figure registry", () => {
  it("waits for the figures below the first screen before it answers, in the page's order", async () => {
    // An observer that never fires: the figures below come only when asked for.
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        observe() {}
        disconnect() {}
      },
    );
    render(
      <FigureDemandProvider demand={createFigureDemand()}>
        <FigureRegistryProvider>
          <Collect />
          <Frame figure={FIGURES.top} />
          <DeferUntilNear placeholder={<p>Charts are loading</p>}>
            <Frame figure={FIGURES.below} />
            <DeferUntilNear placeholder={<p>More charts are loading</p>}>
              <Frame figure={FIGURES.last} />
            </DeferUntilNear>
          </DeferUntilNear>
        </FigureRegistryProvider>
      </FigureDemandProvider>,
    );
    expect(screen.getByText("Charts are loading")).toBeInTheDocument();
    // A click alone, with no pointer down before it (which draws everything by itself), as the
    // first screen's script replays it.
    fireEvent.click(screen.getByRole("button", { name: "Collect" }));
    expect(await screen.findByRole("status")).toHaveTextContent(/^top below last$/);
  });

  it("answers at once with the figures registered so far when nothing waits", async () => {
    render(
      <FigureRegistryProvider>
        <Frame figure={FIGURES.top} />
        <Collect />
      </FigureRegistryProvider>,
    );
    await act(async () => screen.getByRole("button", { name: "Collect" }).click());
    expect(screen.getByRole("status")).toHaveTextContent(/^top$/);
  });
});
