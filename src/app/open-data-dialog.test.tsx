import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeDataset, makeProject } from "@/data/fixtures";
import { datasetQueryOptions } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { getDatasetSource, setDatasetSource } from "@/data/user-dataset";
import { renderWithData } from "@/test-utils";
import { OpenDataControls } from "./open-data-dialog";

const bundled = makeDataset({ projects: [makeProject({ id: "bundled-one", name: "Bundled" })] });
const mine = makeDataset({ projects: [makeProject({ id: "mine-one", name: "Mine" })] });

afterEach(() => {
  setDatasetSource({ kind: "bundled" });
  vi.unstubAllGlobals();
});

async function openDialog() {
  const result = renderWithData(<OpenDataControls />, { dataset: bundled });
  await userEvent.click(screen.getByRole("button", { name: "Open data file" }));
  const dialog = screen.getByRole("dialog", { name: "Open your own data file" });
  return { ...result, dialog };
}

const dataIn = (client: { getQueryData: (k: readonly unknown[]) => unknown }) =>
  client.getQueryData(datasetQueryOptions.queryKey) as Dataset;

describe("OpenDataControls", () => {
  it("says the limit and that CSV import is not supported yet", async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).getByText("JSON files of at most 20 MB.")).toBeInTheDocument();
    expect(
      within(dialog).getByText("CSV import is not supported yet: CSV files are refused."),
    ).toBeInTheDocument();
  });

  it("lists every problem of a bad file and keeps the data shown", async () => {
    const { dialog, client } = await openDialog();
    const bad = makeDataset({
      projects: [makeProject({ id: "dup" }), makeProject({ id: "dup", sector: "x" as never })],
    });
    await userEvent.upload(
      within(dialog).getByLabelText("Choose a file"),
      new File([JSON.stringify(bad)], "bad.json"),
    );
    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("“bad.json” has 1 problem, so it was not opened.");
    expect(
      within(alert).getByText(/^bad\.json:projects\/dup:sector: Invalid option/),
    ).toBeVisible();
    expect(alert).toHaveTextContent("Nothing was changed");
    expect(dataIn(client)).toBe(bundled);
    expect(getDatasetSource()).toEqual({ kind: "bundled" });
  });

  it("refuses a binary file and an over-size file with their own messages", async () => {
    const { dialog } = await openDialog();
    const input = within(dialog).getByLabelText("Choose a file");
    await userEvent.upload(input, new File([new Uint8Array([0x89, 0x50, 0, 0])], "photo.png"), {
      applyAccept: false,
    });
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "“photo.png” is not a text file. Open a JSON dataset file.",
    );
    const big = new File(["{}"], "huge.json");
    Object.defineProperty(big, "size", { value: 50 * 1024 * 1024 });
    await userEvent.upload(input, big);
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "“huge.json” is 50 MB, over the limit of 20 MB, so it was not read.",
    );
  });

  it("shows a good file, says so in the header and returns to the bundled data", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(bundled)));
    vi.stubGlobal("fetch", fetch);
    const { dialog, client } = await openDialog();
    await userEvent.upload(
      within(dialog).getByLabelText("Choose a file"),
      new File([JSON.stringify(mine)], "mine.json"),
    );
    // jsdom has no IndexedDB: the file is shown for this visit and the header says so.
    expect(
      await screen.findByText(
        "Showing your file “mine.json” for this visit only (this browser would not store it)",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(dataIn(client)).toEqual(mine);

    await userEvent.click(screen.getByRole("button", { name: "Return to the bundled data" }));
    expect(await screen.findByRole("button", { name: "Open data file" })).toBeInTheDocument();
    expect(screen.queryByText(/Showing your file/)).toBeNull();
    expect(dataIn(client)).toEqual(bundled);
    expect(fetch).toHaveBeenCalledOnce();
  });

  it("closes on Close and on Escape, returning focus to the button", async () => {
    await openDialog();
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Open data file" })).toHaveFocus();
    await userEvent.click(screen.getByRole("button", { name: "Open data file" }));
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("says when a saved file no longer passed the checks", async () => {
    setDatasetSource({ kind: "stored-invalid", name: "old.json", problems: ["a", "b"] });
    renderWithData(<OpenDataControls />, { dataset: bundled });
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(
      "Your saved file “old.json” no longer passes the checks (2 problems), so the bundled data is shown.",
    );
    await userEvent.click(within(status).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("status")).toBeNull();
  });
});
