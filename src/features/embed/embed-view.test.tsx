import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeDataset, makeProject } from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import EmbedView from "./embed-view";

const dataset = makeDataset({
  projects: [
    makeProject({
      id: "p1",
      name: "Port Qasim Power Plant",
      sector: "energy",
      cost: { usdMillions: 2085, stage: "estimated", asOf: "2020" },
    }),
    makeProject({
      id: "p2",
      name: "Karakoram Highway",
      sector: "transport",
      cost: { usdMillions: 1315, stage: "estimated", asOf: "2020" },
    }),
  ],
});

/** The embed's address, as the page (nuqs) and the link back (window.location) both read it. */
function openEmbed(search: string) {
  window.history.replaceState(null, "", `/intranet/cpec/${search}`);
  return renderWithData(<EmbedView />, { dataset, search });
}

beforeEach(() => {
  // jsdom lays nothing out: give the chart's box the room an 800 × 500 frame leaves it.
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(760);
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(300);
});
afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
});

describe("embed mode", () => {
  it("shows one figure with its caption and chart, no navigation, titled as the figure", async () => {
    openEmbed("?embed=overview.by-sector&sector=energy,transport&project=p1");
    const heading = await screen.findByRole("heading", { level: 2, name: "Investment by sector" });
    expect(screen.getAllByRole("region")).toHaveLength(1);
    expect(screen.getByRole("region", { name: "Investment by sector" })).toContainElement(heading);
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
    expect(screen.queryByRole("tab")).not.toBeInTheDocument();
    expect(document.title).toBe("Investment by sector");
    const frame = within(screen.getByRole("region"));
    expect(frame.getByRole("img", { name: "Investment by sector" })).toBeInTheDocument();
    expect(
      frame.getByRole("button", { name: "Download Investment by sector" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Filters: Sector = Energy, Transport infrastructure"),
    ).toBeInTheDocument();
    const back = screen.getByRole("link", { name: "Open in the CPEC Progress Dashboard" });
    // The same address without `embed`, relative, so it works from any sub-path.
    expect(back).toHaveAttribute("href", "?sector=energy%2Ctransport&project=p1");
    expect(back).toHaveAttribute("target", "_blank");
  });

  it("reaches the figure's table twin, with its numbers", async () => {
    const user = userEvent.setup();
    openEmbed("?embed=overview.by-sector");
    await user.click(await screen.findByRole("button", { name: "Show as table" }));
    const table = screen.getByRole("table");
    expect(within(table).getByRole("row", { name: /Energy/ })).toHaveTextContent("US$2.09 billion");
    expect(within(table).getByRole("row", { name: /Transport/ })).toHaveTextContent(
      "US$1.32 billion",
    );
  });

  it("names an id it does not know and leads to the full dashboard, never a blank page", async () => {
    openEmbed("?embed=overview.nope&lang=en");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("There is no figure “overview.nope” to embed");
    expect(
      within(alert).getByRole("link", { name: "Open the CPEC Progress Dashboard" }),
    ).toHaveAttribute("href", "?lang=en");
    expect(screen.queryByRole("region")).not.toBeInTheDocument();
  });
});
