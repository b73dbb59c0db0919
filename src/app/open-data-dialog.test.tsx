import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeDataset, makeDocument, makeProject } from "@/data/fixtures";
import { datasetQueryOptions } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { projectCsvRow } from "@/data/project-csv-row";
import { PROJECT_COLUMNS } from "@/data/projects-csv-columns";
import type { LoadedDataset } from "@/data/user-dataset";
import { toCsv, type CsvCell } from "@/lib/csv";
import { renderWithData } from "@/test-utils";
import { OpenDataControls } from "./open-data-controls";

const bundled = makeDataset({
  projects: [makeProject({ id: "bundled-one", name: "Bundled" })],
  documents: [makeDocument({ id: "mou", projectIds: ["bundled-one"] })],
});
const mine = makeDataset({ projects: [makeProject({ id: "mine-one", name: "Mine" })] });

afterEach(() => vi.unstubAllGlobals());

/** A projects file as the Sources view downloads it. */
const projectsCsv = (rows: Record<string, CsvCell>[]) =>
  toCsv<string>({ comments: ["Test dataset", "Cite as: test"], columns: PROJECT_COLUMNS, rows });

async function openDialog() {
  const result = renderWithData(<OpenDataControls />, { dataset: bundled });
  await userEvent.click(screen.getByRole("button", { name: "Open data file" }));
  const dialog = await screen.findByRole("dialog", { name: "Open your own data file" });
  return { ...result, dialog };
}

type Client = { getQueryData: (k: readonly unknown[]) => unknown };
const loadedIn = (client: Client) =>
  client.getQueryData(datasetQueryOptions.queryKey) as LoadedDataset;
const dataIn = (client: Client): Dataset => loadedIn(client).dataset;
const sourceIn = (client: Client) => loadedIn(client).source;

describe("OpenDataControls", () => {
  it("says the limit and that a CSV of projects is taken, pointing to its columns", async () => {
    const { dialog, updates } = await openDialog();
    expect(within(dialog).getByText("JSON or CSV files of at most 20 MB.")).toBeInTheDocument();
    expect(
      within(dialog).getByText(/^A CSV replaces only the projects; documents, meetings/),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole("link", { name: "See the columns on the Sources view." }),
    );
    expect(updates.at(-1)?.searchParams.get("view")).toBe("sources");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("opens a CSV of projects with the bundled documents, and says what it left out", async () => {
    // The bundled data is the one in the cache: nothing is fetched.
    const fetch = vi.fn(() => Promise.reject(new Error("no network in this test")));
    vi.stubGlobal("fetch", fetch);
    const { dialog, client } = await openDialog();
    const mine = makeProject({ id: "mine-one", name: "Mine" });
    await userEvent.upload(
      within(dialog).getByLabelText("Choose a file"),
      new File([projectsCsv([projectCsvRow(mine)])], "projects.csv", { type: "text/csv" }),
    );
    const status = await within(dialog).findByRole("status");
    expect(status).toHaveTextContent(
      "Opened “projects.csv”: 1 project from your file, shown with the bundled documents, meetings and working groups.",
    );
    expect(status).toHaveTextContent(
      "1 link from a bundled document to a project that is not in your file was left out.",
    );
    expect(
      screen.getByText(
        "Showing projects from your file “projects.csv” for this visit only (this browser would not store it)",
      ),
    ).toBeInTheDocument();
    expect(dataIn(client).projects).toEqual([mine]);
    expect(dataIn(client).documents[0]?.projectIds).toEqual([]);
    expect(sourceIn(client)).toEqual({
      kind: "user",
      name: "projects.csv",
      format: "csv",
      temporary: true,
    });
    expect(fetch).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("lists a bad CSV's problems by row and column and keeps the data shown", async () => {
    const { dialog, client } = await openDialog();
    const row = { ...projectCsvRow(makeProject({ id: "foo" })), cost_usd_millions: "12,5" };
    await userEvent.upload(
      within(dialog).getByLabelText("Choose a file"),
      new File([projectsCsv([row])], "projects.csv", { type: "text/csv" }),
    );
    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("“projects.csv” has 1 problem, so it was not opened.");
    expect(
      within(alert).getByText(
        'projects.csv: row 4 (id "foo"): cost_usd_millions: expected a number, got "12,5"',
      ),
    ).toBeVisible();
    expect(dataIn(client)).toBe(bundled);
    expect(sourceIn(client)).toEqual({ kind: "bundled" });
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
    expect(sourceIn(client)).toEqual({ kind: "bundled" });
  });

  it("refuses a binary file and an over-size file with their own messages", async () => {
    const { dialog } = await openDialog();
    const input = within(dialog).getByLabelText("Choose a file");
    await userEvent.upload(input, new File([new Uint8Array([0x89, 0x50, 0, 0])], "photo.png"), {
      applyAccept: false,
    });
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "“photo.png” is not a text file. Open a JSON dataset or a CSV of projects.",
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
    // Returning loads the bundled file (fetch, digest, checks): wait for it, not for a button
    // that was there all along.
    await waitFor(() => expect(screen.queryByText(/Showing your file/)).toBeNull());
    expect(screen.getByRole("button", { name: "Open data file" })).toBeInTheDocument();
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

  it("lists a saved file's problems before it is set aside", async () => {
    const { client } = renderWithData(<OpenDataControls />, {
      dataset: bundled,
      source: { kind: "stored-invalid", name: "old.json", problems: ["a", "b"] },
    });
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(
      "Your saved file “old.json” no longer passes the checks (2 problems), so the bundled data is shown.",
    );
    await userEvent.click(within(status).getByText("Show the problems"));
    expect(
      within(status)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["a", "b"]);
    await userEvent.click(within(status).getByRole("button", { name: "Set the saved file aside" }));
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
    expect(sourceIn(client)).toEqual({ kind: "bundled" });
  });

  it("shows the first 200 problems of a large broken file, counts the rest, and offers them all", async () => {
    const { dialog } = await openDialog();
    const projects = Array.from({ length: 450 }, (_, i) => ({
      ...makeProject({ id: `p-${i}` }),
      capacity: { value: -1, unit: "MW" },
    }));
    await userEvent.upload(
      within(dialog).getByLabelText("Choose a file"),
      new File([JSON.stringify(makeDataset({ projects } as never))], "big.json"),
    );
    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("“big.json” has 450 problems, so it was not opened.");
    expect(within(alert).getAllByRole("listitem")).toHaveLength(200);
    expect(alert).toHaveTextContent("…and 250 more problems.");
    expect(
      within(alert).getByRole("button", { name: "Download the full list (450 problems)" }),
    ).toBeInTheDocument();
  });
});
