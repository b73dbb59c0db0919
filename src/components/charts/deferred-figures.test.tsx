import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DeferUntilNear } from "./deferred-figures";
import { createFigureDemand, type FigureDemand } from "./figure-demand";
import { FigureDemandProvider } from "./figure-demand-provider";

/** An IntersectionObserver the test drives by hand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe = vi.fn();
  disconnect = vi.fn();
  fire(isIntersecting: boolean) {
    this.callback(
      [{ isIntersecting } as IntersectionObserverEntry],
      this as unknown as IntersectionObserver,
    );
  }
}

let demand: FigureDemand;

function Figures() {
  return (
    <FigureDemandProvider demand={demand}>
      <DeferUntilNear placeholder={<p>Charts are loading</p>}>
        <h2>Investment by sector</h2>
      </DeferUntilNear>
    </FigureDemandProvider>
  );
}

describe("DeferUntilNear", () => {
  beforeEach(() => {
    demand = createFigureDemand();
    vi.stubGlobal("IntersectionObserver", FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the placeholder until its place comes into view", () => {
    render(<Figures />);
    expect(screen.getByText("Charts are loading")).toBeInTheDocument();
    act(() => FakeObserver.last!.fire(false));
    expect(screen.queryByRole("heading", { name: "Investment by sector" })).toBeNull();
    act(() => FakeObserver.last!.fire(true));
    expect(screen.getByRole("heading", { name: "Investment by sector" })).toBeInTheDocument();
    expect(screen.queryByText("Charts are loading")).toBeNull();
  });

  it("draws at once when every figure is requested (presentation mode, print)", () => {
    render(<Figures />);
    act(() => demand.requestAll());
    expect(screen.getByRole("heading", { name: "Investment by sector" })).toBeInTheDocument();
  });

  it("draws at once where IntersectionObserver does not exist", () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    render(<Figures />);
    expect(screen.getByRole("heading", { name: "Investment by sector" })).toBeInTheDocument();
  });

  it("draws at the reader's first scroll, and only on the app whose store heard it", () => {
    const other = createFigureDemand();
    render(<Figures />);
    expect(demand.requested()).toBe(false);
    act(() => void window.dispatchEvent(new Event("scroll")));
    expect(demand.requested()).toBe(true);
    expect(other.requested()).toBe(false);
    expect(screen.getByRole("heading", { name: "Investment by sector" })).toBeInTheDocument();
  });

  it("draws at once outside a provider (nothing would ever ask for the figures)", () => {
    render(
      <DeferUntilNear placeholder={<p>Charts are loading</p>}>
        <h2>Investment by sector</h2>
      </DeferUntilNear>,
    );
    expect(screen.getByRole("heading", { name: "Investment by sector" })).toBeInTheDocument();
  });
});
