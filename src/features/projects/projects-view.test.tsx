import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject, makeSource } from "@/data/fixtures";
import { ProjectDetailPanel } from "@/shared/project-detail-panel";
import { renderWithData } from "@/test-utils";
import { ProjectsView } from "./projects-view";

const cost = (usdMillions: number) => ({ usdMillions, stage: "estimated" as const, asOf: "2017" });
const dataset = makeDataset({
  projects: [
    makeProject({
      id: "sahiwal",
      name: "Sahiwal Coal Power Plant",
      cost: cost(1912.2),
      dates: { start: "2015-07-31", plannedCompletion: "2017-12-25", completion: "2017-07-03" },
      sources: [
        makeSource({
          title: "PM to inaugurate Sahiwal",
          publisher: "APP",
          url: "https://app.example/sahiwal",
        }),
      ],
      conflicts: [
        {
          field: "cost.usdMillions",
          value: 1912.2,
          source: makeSource({ publisher: "BRI Watch" }),
          used: true,
          why: "sponsor figure",
        },
        {
          field: "cost.usdMillions",
          value: 1600,
          source: makeSource({ publisher: "The News" }),
          used: false,
          why: "older estimate",
        },
      ],
    }),
    makeProject({
      id: "ml1",
      name: "ML-1 Railway",
      sector: "transport",
      subtype: "rail",
      capacity: { value: 1726, unit: "km" },
      cost: cost(6800),
      status: "planned",
    }),
    makeProject({
      id: "gwadar-airport",
      name: "New Gwadar Airport",
      sector: "gwadar",
      subtype: "airport",
      capacity: null,
      cost: null,
    }),
  ],
  meetings: [makeMeeting({ id: "jcc-6", session: 6, date: "2016-12-29", documentIds: ["fa"] })],
  documents: [
    makeDocument({
      id: "fa",
      title: "Framework agreement on Sahiwal",
      meetingId: "jcc-6",
      projectIds: ["sahiwal"],
      date: "2016-12-29",
    }),
  ],
});

const rowNames = () =>
  within(screen.getByRole("table"))
    .getAllByRole("rowheader")
    .map((c) => c.textContent);

describe("ProjectsView", () => {
  it("lists the filtered projects, largest cost first, and sorts by a column", async () => {
    renderWithData(<ProjectsView />, { dataset });
    expect(await screen.findByRole("table")).toBeInTheDocument();
    expect(rowNames()).toEqual(["ML-1 Railway", "Sahiwal Coal Power Plant", "New Gwadar Airport"]);
    await userEvent.click(screen.getByRole("button", { name: /^Project/ }));
    expect(rowNames()).toEqual(["ML-1 Railway", "New Gwadar Airport", "Sahiwal Coal Power Plant"]);
    expect(screen.getByRole("columnheader", { name: /^Project/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
  });

  it("applies the URL's filters", async () => {
    renderWithData(<ProjectsView />, { dataset, search: "?sector=energy,gwadar" });
    await screen.findByRole("table");
    expect(rowNames()).toEqual(["Sahiwal Coal Power Plant", "New Gwadar Airport"]);
  });

  it("says which filter emptied the result and clears it", async () => {
    const { updates } = renderWithData(<ProjectsView />, {
      dataset,
      search: "?sector=agriculture",
    });
    expect(await screen.findByText("No project matches these filters")).toBeInTheDocument();
    expect(
      screen.getByText("Removing this filter would bring projects back: sector."),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Clear sector" }));
    expect(updates.at(-1)?.queryString).toBe("");
  });

  it("opens a project's detail with its sources, conflicts and related documents", async () => {
    const { updates } = renderWithData(
      <>
        <ProjectsView />
        <ProjectDetailPanel />
      </>,
      { dataset },
    );
    // The Gantt's row and the table's entry are both named by the project; the row opens it here.
    const gantt = await screen.findByRole("group", { name: /one row per project/ });
    await userEvent.click(within(gantt).getByRole("button", { name: "Sahiwal Coal Power Plant" }));
    expect(updates.at(-1)?.queryString).toBe("?project=sahiwal");
    const dialog = await screen.findByRole("dialog", { name: "Sahiwal Coal Power Plant" });
    // The cost field, and the same figure as the used value where sources disagree.
    expect(within(dialog).getAllByText("US$1.91 billion")).toHaveLength(2);
    expect(within(dialog).getByText("5 months earlier than planned")).toBeInTheDocument();
    expect(
      within(dialog).getByRole("link", { name: "PM to inaugurate Sahiwal (opens in a new tab)" }),
    ).toHaveAttribute("href", "https://app.example/sahiwal");
    const conflicts = within(dialog).getByRole("table", { name: "Where sources disagree" });
    expect(within(conflicts).getAllByRole("row")).toHaveLength(3);
    expect(within(dialog).getByText("Framework agreement on Sahiwal")).toBeInTheDocument();
    expect(within(dialog).getByText(/6th JCC/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Close project details" }));
    expect(updates.at(-1)?.queryString).toBe("");
  });

  it("says so when a link names a project that does not exist", async () => {
    renderWithData(<ProjectDetailPanel />, { dataset, search: "?project=nope" });
    expect(await screen.findByRole("dialog", { name: "Project not found" })).toBeInTheDocument();
  });
});
