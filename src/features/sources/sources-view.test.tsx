import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import Papa from "papaparse";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject, makeSource } from "@/data/fixtures";
import { downloadBlob } from "@/lib/download";
import { PARAM_NAMES } from "@/lib/url-params";
import { renderWithData } from "@/test-utils";
import { SourcesView } from "./sources-view";

vi.mock("@/lib/download", () => ({ downloadBlob: vi.fn() }));

const shared = makeSource({
  publisher: "Dawn",
  title: "Coal plants on track",
  url: "https://dawn.example/coal",
  date: "2019-05-02",
});
const dataset = makeDataset({
  projects: [
    makeProject({
      id: "sahiwal",
      name: "Sahiwal Coal Power Plant",
      sector: "energy",
      sources: [shared],
    }),
    makeProject({
      id: "ml1",
      name: "ML-1 Railway",
      sector: "transport",
      subtype: "rail",
      capacity: { value: 1726, unit: "km" },
    }),
  ],
  documents: [makeDocument({ id: "d1", title: "Energy MoU", sources: [shared] })],
  meetings: [makeMeeting({ id: "jcc-02", session: 2, date: "2014-02-19" })],
});

beforeEach(() => vi.mocked(downloadBlob).mockClear());

// The view renders every source with its citing records: role queries over it are slow in jsdom.
describe("SourcesView", { timeout: 20_000 }, () => {
  it("lists every parameter of the address from the registry, with the views that read it", async () => {
    renderWithData(<SourcesView />, { dataset });
    const heading = await screen.findByRole("heading", { name: "Parameters of the address" });
    const card = within(heading.parentElement!);
    const names = card.getAllByRole("term").map((dt) => dt.textContent);
    expect(names).toEqual(PARAM_NAMES);
    expect(names).toHaveLength(32);
    expect(card.getAllByRole("definition")[names.indexOf("tto")]).toHaveTextContent(
      "Timeline: end of the range, a year or a month. (Timeline)",
    );
  });

  it("copies the citation and says so", async () => {
    const user = userEvent.setup();
    renderWithData(<SourcesView />, { dataset });
    await user.click(await screen.findByRole("button", { name: "Copy citation" }));
    await expect(navigator.clipboard.readText()).resolves.toBe("Test citation");
    expect(await screen.findByText("Citation copied to the clipboard.")).toBeInTheDocument();
  });

  it("lists each source once with the records citing it; a project name opens the project", async () => {
    const user = userEvent.setup();
    const { updates } = renderWithData(<SourcesView />, { dataset });
    const item = (
      await screen.findByRole(
        "link",
        { name: "Coal plants on track (opens in a new tab)" },
        { timeout: 5000 },
      )
    ).closest("li")!;
    expect(within(item).getByText("Cited by 2 records:")).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: /Coal plants on track/ })).toHaveLength(1);
    await user.click(
      within(item).getByRole("button", { name: "Sahiwal Coal Power Plant (open project details)" }),
    );
    expect(updates.at(-1)?.searchParams.get("project")).toBe("sahiwal");
    await user.click(within(item).getByRole("button", { name: "Energy MoU" }));
    expect(updates.at(-1)?.queryString).toBe("?view=documents&doc=d1");
  });

  it("downloads the projects of the current selection as CSV with the version line and the filters", async () => {
    const user = userEvent.setup();
    renderWithData(<SourcesView />, { dataset, search: "?sector=energy" });
    expect(
      await screen.findByText(/Current selection: sector=energy\./, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole("button", { name: "Projects (CSV), Current selection: 1 record" }),
    );
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    const [blob, filename] = vi.mocked(downloadBlob).mock.calls[0]!;
    expect(filename).toBe("cpec-projects-selection_1.0.0_2026-11-27.csv");
    const text = (await blob.text()).replace(/^\ufeff/, "");
    expect(text.split("\r\n")[0]).toBe(
      "# Test dataset 1.0.0, released 2026-11-27, data as of 2026-11-27 — projects, current selection, rows: 1; filters: sector=energy",
    );
    const rows = Papa.parse<Record<string, string>>(text, {
      comments: "#",
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r.id, r.name, r.capacity_value, r.source_urls])).toEqual([
      ["sahiwal", "Sahiwal Coal Power Plant", "100", "https://dawn.example/coal"],
    ]);
    expect(
      screen.getByText("Downloaded cpec-projects-selection_1.0.0_2026-11-27.csv."),
    ).toBeInTheDocument();
  });

  it("downloads the full dataset as JSON", async () => {
    const user = userEvent.setup();
    renderWithData(<SourcesView />, { dataset, search: "?sector=energy" });
    await user.click(
      await screen.findByRole(
        "button",
        { name: "Dataset (JSON), Full dataset: 2 projects, 1 document, 1 meeting" },
        { timeout: 5000 },
      ),
    );
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    const [blob, filename] = vi.mocked(downloadBlob).mock.calls[0]!;
    expect(filename).toBe("cpec-dataset_1.0.0_2026-11-27.json");
    const json = JSON.parse(await blob.text()) as typeof dataset;
    expect(json.projects.map((p) => p.id)).toEqual(["sahiwal", "ml1"]);
    expect(json.metadata.version).toBe("1.0.0");
  });
});
