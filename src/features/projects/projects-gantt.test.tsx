import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { NO_FILTERS } from "@/data/filters";
import { makeDataset, makeProject } from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import { ProjectsGantt } from "./projects-gantt";

const projects = [
  makeProject({
    id: "sahiwal",
    name: "Sahiwal coal plant",
    sector: "energy",
    provinces: ["punjab"],
    status: "operational",
    dates: { start: "2015-07-31", plannedCompletion: "2017-12", completion: "2017-06" },
  }),
  makeProject({
    id: "thar",
    name: "Thar block II",
    sector: "energy",
    provinces: ["sindh"],
    status: "under-construction",
    dates: { start: "2016", plannedCompletion: "2019", completion: null },
  }),
  makeProject({
    id: "motorway",
    name: "Multan–Sukkur motorway",
    sector: "transport",
    provinces: ["punjab", "sindh"],
    status: "operational",
    dates: { start: "2016-08", plannedCompletion: "2019-08", completion: "2019-11-05" },
  }),
  makeProject({
    id: "park",
    name: "Undated industrial park",
    sector: "industrial",
    status: "planned",
    dates: { start: null, plannedCompletion: null, completion: null },
  }),
];
const dataset = makeDataset({ projects });

function rows() {
  const group = screen.getByRole("group", {
    name: /Construction periods of projects: one row per project/,
  });
  return within(group).getAllByRole("button");
}

describe("ProjectsGantt", () => {
  it("is a figure with a row button per dated project, grouped by sector, undated ones counted below", () => {
    renderWithData(<ProjectsGantt projects={projects} filters={NO_FILTERS} onOpen={() => {}} />, {
      dataset,
    });
    expect(
      screen.getByRole("region", { name: "Construction periods of projects" }),
    ).toBeInTheDocument();
    // Each row is named by the name it shows (WCAG 2.5.3) and described by its facts.
    const shown = rows();
    expect(shown.map((r) => r.textContent)).toEqual([
      "Sahiwal coal plant",
      "Thar block II",
      "Multan–Sukkur motorway",
    ]);
    for (const r of shown) expect(r).toHaveAccessibleName(r.textContent!);
    expect(shown[0]).toHaveAccessibleDescription(
      "Operational. Start 31 Jul 2015. Completed Jun 2017. Planned completion Dec 2017. 6 months early",
    );
    expect(shown[1]).toHaveAccessibleDescription(
      "Under construction. Start 2016. Under way today. Planned completion 2019",
    );
    expect(shown[2]).toHaveAccessibleDescription(
      "Operational. Start Aug 2016. Completed 5 Nov 2019. Planned completion Aug 2019. 3 months late",
    );
    // The short delay beside a row is shown, and read once (in the description).
    expect(screen.getByText("−6 mo")).toHaveAttribute("aria-hidden", "true");
    expect(screen.getByText("1 project with no dates reported")).toBeInTheDocument();
  });

  it("moves between rows with the arrow keys and opens the focused project on Enter", async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    renderWithData(<ProjectsGantt projects={projects} filters={NO_FILTERS} onOpen={onOpen} />, {
      dataset,
    });
    const [first, second, third] = rows();
    expect(first).toHaveAttribute("tabindex", "0");
    expect(second).toHaveAttribute("tabindex", "-1");
    // The grouping switch is the last control before the rows; one Tab reaches the rows' single stop.
    screen.getByRole("button", { name: "Province or region" }).focus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(third).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(third).toHaveFocus();
    await user.keyboard("{ArrowUp}{Enter}");
    expect(onOpen).toHaveBeenCalledExactlyOnceWith("thar");
  });

  it("groups by province from the URL switch, with several provinces apart", async () => {
    const user = userEvent.setup();
    const { updates } = renderWithData(
      <ProjectsGantt projects={projects} filters={NO_FILTERS} onOpen={() => {}} />,
      {
        dataset,
      },
    );
    await user.click(screen.getByRole("button", { name: "Province or region" }));
    expect(updates.at(-1)?.queryString).toBe("?gantt=province");
    expect(screen.getByText("Several provinces")).toBeInTheDocument();
    expect(rows().map((r) => r.textContent)).toEqual([
      "Sahiwal coal plant",
      "Thar block II",
      "Multan–Sukkur motorway",
    ]);
  });

  it("opens an undated project from the list below", async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    renderWithData(<ProjectsGantt projects={projects} filters={NO_FILTERS} onOpen={onOpen} />, {
      dataset,
    });
    await user.click(screen.getByText("1 project with no dates reported"));
    await user.click(screen.getByRole("button", { name: "Undated industrial park" }));
    expect(onOpen).toHaveBeenCalledExactlyOnceWith("park");
  });

  it("renders only the rows in view when there are hundreds, and keeps keyboard navigation", async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const many = Array.from({ length: 400 }, (_, i) =>
      makeProject({
        id: `p-${i}`,
        name: `Project ${String(i).padStart(3, "0")}`,
        dates: { start: "2016-01", plannedCompletion: null, completion: "2018-01" },
      }),
    );
    renderWithData(<ProjectsGantt projects={many} filters={NO_FILTERS} onOpen={onOpen} />, {
      dataset: makeDataset({ projects: many }),
    });
    const shown = rows();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(100);
    shown[0]!.focus();
    await user.keyboard("{End}");
    await vi.waitFor(() =>
      expect(screen.getByRole("button", { name: "Project 399" })).toHaveFocus(),
    );
    await user.keyboard("{Enter}");
    expect(onOpen).toHaveBeenCalledExactlyOnceWith("p-399");
  });
});
