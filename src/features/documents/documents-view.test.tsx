import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject } from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import { DocumentsView } from "./documents-view";

const dataset = makeDataset({
  projects: [makeProject({ id: "karot", name: "Karot Hydropower Project" })],
  meetings: [makeMeeting({ id: "jcc-07", session: 7, date: "2017-11" })],
  documents: [
    makeDocument({
      id: "b",
      date: "2017-11-21",
      title: "Bravo protocol",
      type: "protocol",
      meetingId: "jcc-07",
      projectIds: ["karot"],
    }),
    makeDocument({
      id: "a",
      date: "2015-04-20",
      title: "Alpha package",
      type: "package",
      count: 51,
      occasion: "State visit",
      parties: [{ name: "Government of China", kind: "government", country: "CN" }],
    }),
    makeDocument({ id: "c", date: "2019", title: "Charlie MoU", type: "mou" }),
  ],
});

function titles() {
  const table = screen.getByRole("table", { name: "Signed documents" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => within(r).getByRole("button").textContent);
}

describe("DocumentsView", () => {
  it("sorts the table by date, newest first, and reverses on a click", async () => {
    const user = userEvent.setup();
    renderWithData(<DocumentsView />, { dataset });
    await screen.findByRole("table", { name: "Signed documents" });
    expect(titles()).toEqual(["Charlie MoU", "Bravo protocol", "Alpha package"]);
    const dateHeader = screen.getByRole("columnheader", { name: /Date/ });
    expect(dateHeader).toHaveAttribute("aria-sort", "descending");
    await user.click(within(dateHeader).getByRole("button"));
    expect(titles()).toEqual(["Alpha package", "Bravo protocol", "Charlie MoU"]);
    expect(dateHeader).toHaveAttribute("aria-sort", "ascending");
    await user.click(screen.getByRole("button", { name: /Instruments/ }));
    expect(titles()).toEqual(["Alpha package", "Charlie MoU", "Bravo protocol"]);
  });

  it("applies the search text to titles and parties, and the year range", async () => {
    renderWithData(<DocumentsView />, { dataset, search: "?q=government%20of%20china" });
    await screen.findByRole("table", { name: "Signed documents" });
    expect(titles()).toEqual(["Alpha package"]);
    expect(screen.getByText("1 document record · 51 instruments")).toBeInTheDocument();
  });

  it("opens a document's details with its meeting and projects", async () => {
    const user = userEvent.setup();
    const { updates } = renderWithData(<DocumentsView />, { dataset });
    await user.click(await screen.findByRole("button", { name: "Bravo protocol" }));
    const detail = screen.getByRole("region", { name: "Document details" });
    expect(within(detail).getByRole("heading", { name: "Bravo protocol" })).toHaveFocus();
    expect(within(detail).getByText("7th JCC, Nov 2017")).toBeInTheDocument();
    expect(updates.at(-1)?.queryString).toBe("?doc=b");
    await user.click(
      within(detail).getByRole("button", {
        name: "Karot Hydropower Project (open project details)",
      }),
    );
    expect(updates.at(-1)?.searchParams.get("project")).toBe("karot");
    await user.click(within(detail).getByRole("button", { name: "Open meeting details" }));
    expect(updates.at(-1)?.searchParams.get("view")).toBe("meetings");
    expect(updates.at(-1)?.searchParams.get("meeting")).toBe("jcc-07");
  });
});
