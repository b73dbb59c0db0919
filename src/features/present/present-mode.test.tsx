import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeDataset } from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import { PresentMode } from "./present-mode";

describe("present mode on a view without figures", () => {
  it("offers no presentation and no slides on the Sources view, and both on a view of figures", () => {
    const { unmount } = renderWithData(<PresentMode />, {
      dataset: makeDataset(),
      search: "?view=sources",
    });
    expect(screen.queryByRole("button", { name: /^Present the figures/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Slides \(\.pptx\)/ })).toBeNull();
    unmount();

    renderWithData(<PresentMode />, { dataset: makeDataset(), search: "?view=overview" });
    expect(
      screen.getByRole("button", { name: "Present the figures of this view full screen" }),
    ).toBeEnabled();
    expect(screen.getByRole("button", { name: "Slides (.pptx)" })).toBeEnabled();
  });

  it("says there is nothing to present when an address asks for it there", () => {
    renderWithData(<PresentMode />, {
      dataset: makeDataset(),
      search: "?view=sources&present=1",
    });
    expect(screen.getByText("This view has no figures to present.")).toBeInTheDocument();
    expect(screen.queryByText("Waiting for the figures of this view…")).toBeNull();
  });
});
