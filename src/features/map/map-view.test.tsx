import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeDataset, makeProject } from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import { MapView } from "./map-view";

const topo = readFileSync(resolve(__dirname, "../../../public/data/pakistan.topo.json"), "utf8");

const dataset = makeDataset({
  projects: [
    makeProject({
      id: "sahiwal",
      name: "Sahiwal Coal Power Plant",
      provinces: ["punjab"],
      location: { precision: "exact", point: { lat: 30.67, lon: 73.1 }, place: "Qadirabad" },
      cost: { usdMillions: 1912.2, stage: "final", asOf: "2017" },
      capacity: { value: 1320, unit: "MW" },
    }),
    makeProject({
      id: "karot",
      name: "Karot Hydropower",
      provinces: ["punjab", "azad-jammu-kashmir"],
      status: "under-construction",
      location: { precision: "town", point: { lat: 33.6, lon: 73.6, name: "Karot" } },
      cost: { usdMillions: 1740, stage: "estimated", asOf: "2016" },
    }),
    makeProject({
      id: "motorway",
      name: "Peshawar–Karachi Motorway",
      sector: "transport",
      subtype: "road",
      provinces: ["sindh"],
      location: {
        precision: "line",
        from: { lat: 25.4, lon: 68.4, name: "Hyderabad" },
        to: { lat: 24.9, lon: 67.1, name: "Karachi" },
      },
      cost: null,
    }),
    makeProject({
      id: "sez",
      name: "Rashakai Special Economic Zone",
      sector: "industrial",
      provinces: ["khyber-pakhtunkhwa"],
      location: { precision: "province" },
      cost: { usdMillions: 128, stage: "estimated", asOf: "2020" },
    }),
  ],
});

beforeEach(() => {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(topo, { status: 200 })),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe("MapView", () => {
  it("draws points and lines, and lists every project including the province-only one", async () => {
    renderWithData(<MapView />, { dataset, search: "?view=map" });
    const map = await screen.findByRole("group", { name: /map of pakistan/i });
    expect(
      within(map)
        .getAllByRole("button")
        .map((b) => b.getAttribute("aria-label")),
    ).toEqual([
      "Peshawar–Karachi Motorway: Operational",
      "Sahiwal Coal Power Plant: Operational",
      "Karot Hydropower: Under construction",
    ]);
    expect(
      screen.getByText(
        /^3 of 4 projects drawn where they are; size shows cost, colour shows status\. /,
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole("table", { name: /projects matching the filters/i });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([
      "Karot Hydropower",
      "Peshawar–Karachi Motorway",
      "Rashakai Special Economic Zone",
      "Sahiwal Coal Power Plant",
    ]);
    expect(within(list).getByText("Province only: Khyber Pakhtunkhwa")).toBeInTheDocument();
    expect(screen.getByText(/1 project known only to its province/)).toBeInTheDocument();
  });

  it("says when a position from the address shows only sea, and offers all of Pakistan", async () => {
    const { updates } = renderWithData(<MapView />, {
      dataset,
      search: "?view=map&mapzoom=8&mapx=64&mapy=23.3",
    });
    const notice = await screen.findByText(
      "This position shows only sea: no part of Pakistan is in view.",
    );
    await userEvent.click(screen.getByRole("button", { name: "Show all of Pakistan" }));
    expect(notice).not.toBeInTheDocument();
    expect(updates.at(-1)?.searchParams.get("mapzoom")).toBeNull();
    expect(updates.at(-1)?.searchParams.get("mapx")).toBeNull();
  });

  it("shows a marker's figures on focus and opens the project on Enter", async () => {
    const user = userEvent.setup();
    const { updates } = renderWithData(<MapView />, { dataset, search: "?view=map" });
    const map = await screen.findByRole("group", { name: /map of pakistan/i });
    const marker = within(map).getByRole("button", {
      name: "Sahiwal Coal Power Plant: Operational",
    });
    marker.focus();
    const tooltip = await screen.findByRole("tooltip");
    expect(tooltip).toHaveTextContent("US$1.91 billion");
    expect(tooltip).toHaveTextContent("1,320 MW");
    expect(tooltip).toHaveTextContent("Site: Qadirabad");
    await user.keyboard("{Enter}");
    expect(updates.at(-1)?.searchParams.get("project")).toBe("sahiwal");
  });

  it("opens a project from the list", async () => {
    const user = userEvent.setup();
    const { updates } = renderWithData(<MapView />, { dataset, search: "?view=map" });
    await user.click(await screen.findByRole("button", { name: "Rashakai Special Economic Zone" }));
    expect(updates.at(-1)?.searchParams.get("project")).toBe("sez");
  });

  it("draws projects sharing a place as one bubble whose list opens each project", async () => {
    const user = userEvent.setup();
    const gwadar = (id: string, name: string) =>
      makeProject({
        id,
        name,
        provinces: ["balochistan"],
        location: { precision: "town", point: { lat: 25.1264, lon: 62.3225, name: "Gwadar" } },
        cost: null,
      });
    const shared = makeDataset({
      projects: [gwadar("port", "Gwadar Port"), gwadar("airport", "New Gwadar Airport")],
    });
    const { updates } = renderWithData(<MapView />, { dataset: shared, search: "?view=map" });
    const map = await screen.findByRole("group", { name: /map of pakistan/i });
    const bubble = within(map).getByRole("button", { name: "2 projects at Gwadar: show the list" });
    expect(within(map).queryByRole("button", { name: /^Gwadar Port/ })).toBeNull();
    bubble.focus();
    await user.keyboard("{Enter}");
    const list = screen.getByRole("dialog", { name: "2 projects at Gwadar" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "New Gwadar AirportOperational · cost not reported",
      "Gwadar PortOperational · cost not reported",
    ]);
    await user.click(within(list).getByRole("button", { name: /^Gwadar Port/ }));
    expect(updates.at(-1)?.searchParams.get("project")).toBe("port");
  });

  it("shows province totals, counting multi-province projects apart, with exact figures in the table", async () => {
    const user = userEvent.setup();
    const { updates } = renderWithData(<MapView />, { dataset, search: "?view=map" });
    await user.click(await screen.findByRole("button", { name: "Province totals" }));
    expect(updates.at(-1)?.searchParams.get("maplayer")).toBe("provinces");
    expect(
      screen.getByRole("heading", { name: "Investment by province or territory" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /1 project spanning several provinces \(US\$1\.74 billion\) is counted once/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show as table" }));
    const table = screen.getByRole("table", { name: "Investment by province or territory" });
    const cells = (name: string) =>
      within(within(table).getByRole("rowheader", { name }).closest("tr")!)
        .getAllByRole("cell")
        .map((c) => c.textContent);
    expect(cells("Punjab")).toEqual(["US$1.91 billion"]);
    expect(cells("Sindh")).toEqual(["not reported"]);
    expect(cells("Khyber Pakhtunkhwa")).toEqual(["US$128 million"]);
    expect(cells("Azad Jammu & Kashmir")).toEqual(["not reported"]);
    expect(cells("Several provinces")).toEqual(["US$1.74 billion"]);
  });

  it("applies the shared filters", async () => {
    renderWithData(<MapView />, { dataset, search: "?view=map&sector=transport" });
    const map = await screen.findByRole("group", { name: /map of pakistan/i });
    expect(
      within(map)
        .getAllByRole("button")
        .map((b) => b.getAttribute("data-project")),
    ).toEqual(["motorway"]);
  });
});
