import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject, makeSource } from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import { TimelineView } from "./timeline-view";

const dataset = makeDataset({
  meetings: [
    makeMeeting({
      id: "jcc-1",
      body: "jcc",
      session: 1,
      date: "2013-08-27",
      outcomes: ["Agreed the long-term plan"],
      sources: [makeSource({ title: "First JCC minutes", url: "https://example.org/jcc-1" })],
    }),
    makeMeeting({ id: "jcc-2", body: "jcc", session: 2, date: "2014-02" }),
    makeMeeting({ id: "jcc-3", body: "jcc", session: 3, date: "2014-08-27" }),
  ],
  documents: [
    makeDocument({
      id: "doc-1",
      title: "Framework MoU",
      date: "2015-04-20",
      projectIds: ["plant"],
    }),
  ],
  projects: [
    makeProject({
      id: "plant",
      name: "Port Qasim plant",
      dates: { start: "2015-05", plannedCompletion: "2018-06", completion: "2018-04-25" },
    }),
  ],
});

function lane(name: RegExp) {
  return screen.getByRole("toolbar", { name });
}

describe("TimelineView", () => {
  it("draws each kind in its lane, and the kind filter removes a kind's items and writes the URL", async () => {
    const user = userEvent.setup();
    const { updates } = renderWithData(<TimelineView />, { dataset });
    expect(within(lane(/JCC sessions/)).getAllByRole("button")).toHaveLength(3);
    expect(
      within(lane(/Signed documents/)).getAllByRole("button", { name: /Framework MoU/ }),
    ).toHaveLength(1);
    expect(
      within(lane(/Project starts/)).getByRole("button", {
        name: "Start: Port Qasim plant, Project starts, May 2015",
      }),
    );
    expect(within(lane(/Project completions/)).getAllByRole("button")).toHaveLength(1);
    // No visits in the data: no visits lane and no visits checkbox.
    expect(screen.queryByRole("checkbox", { name: /Leaders' visits/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: /Signed documents/ }));
    expect(screen.queryByRole("toolbar", { name: /Signed documents/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Framework MoU/ })).not.toBeInTheDocument();
    expect(updates.at(-1)?.queryString).toBe("?thide=document");
  });

  it("moves along a lane with the arrow keys and opens details with their sources on Enter", async () => {
    const user = userEvent.setup();
    renderWithData(<TimelineView />, { dataset });
    const first = screen.getByRole("button", {
      name: "1st JCC session, JCC sessions, 27 Aug 2013",
    });
    expect(first).toHaveAttribute("tabindex", "0");
    first.focus();
    await user.keyboard("{ArrowRight}");
    expect(
      screen.getByRole("button", { name: "2nd JCC session, JCC sessions, Feb 2014" }),
    ).toHaveFocus();
    await user.keyboard("{End}");
    expect(
      screen.getByRole("button", { name: "3rd JCC session, JCC sessions, 27 Aug 2014" }),
    ).toHaveFocus();
    await user.keyboard("{Home}{Enter}");
    const details = screen.getByRole("region", { name: "1st JCC session" });
    expect(within(details).getByText("Agreed the long-term plan")).toBeInTheDocument();
    expect(
      within(details).getByRole("link", { name: "First JCC minutes (opens in a new tab)" }),
    ).toHaveAttribute("href", "https://example.org/jcc-1");
  });

  it("reads a zoom range from the URL and shows only what overlaps it", () => {
    renderWithData(<TimelineView />, { dataset, search: "?tfrom=2014&tto=2014-06" });
    expect(
      within(lane(/JCC sessions/))
        .getAllByRole("button")
        .map((b) => b.getAttribute("aria-label")),
    ).toEqual(["2nd JCC session, JCC sessions, Feb 2014"]);
    expect(screen.getByRole("textbox", { name: "From" })).toHaveValue("2014");
    expect(screen.getByRole("textbox", { name: "To" })).toHaveValue("2014-06");
  });

  it("applies a typed range and rejects a malformed one", async () => {
    const user = userEvent.setup();
    const { updates } = renderWithData(<TimelineView />, { dataset });
    await user.type(screen.getByRole("textbox", { name: "From" }), "2015");
    await user.click(screen.getByRole("button", { name: "Apply range" }));
    expect(updates.at(-1)?.queryString).toBe("?tfrom=2015");
    await user.clear(screen.getByRole("textbox", { name: "To" }));
    await user.type(screen.getByRole("textbox", { name: "To" }), "2015-13");
    await user.click(screen.getByRole("button", { name: "Apply range" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Enter a year (2017) or a month (2017-05)");
  });

  it("ignores malformed URL values", () => {
    renderWithData(<TimelineView />, {
      dataset,
      search: "?tfrom=20x4&thide=bogus,jcc&titem=meeting:none",
    });
    expect(screen.queryByRole("toolbar", { name: /JCC sessions/ })).not.toBeInTheDocument();
    expect(within(lane(/Signed documents/)).getAllByRole("button")).toHaveLength(1);
    expect(screen.getByText(/Choose an event on the timeline/)).toBeInTheDocument();
  });

  it("has a table twin with date, kind and title", async () => {
    const user = userEvent.setup();
    renderWithData(<TimelineView />, { dataset });
    await user.click(screen.getByRole("button", { name: "Show as table" }));
    const table = screen.getByRole("table");
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => Array.from(r.children, (c) => c.textContent));
    expect(rows).toEqual([
      ["Date", "Kind", "Event"],
      ["27 Aug 2013", "JCC sessions", "1st JCC session"],
      ["Feb 2014", "JCC sessions", "2nd JCC session"],
      ["27 Aug 2014", "JCC sessions", "3rd JCC session"],
      ["20 Apr 2015", "Signed documents", "Framework MoU"],
      ["May 2015", "Project starts", "Start: Port Qasim plant"],
      ["25 Apr 2018", "Project completions", "Completed: Port Qasim plant"],
    ]);
  });
});
