import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeDataset, makeProject, makeSource } from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import { ProjectDetailPanel } from "./project-detail-panel";

const official = makeSource({
  publisher: "Ministry of Planning",
  title: "Completed CPEC projects",
  date: "2024-11-20",
  url: "https://example.org/official",
  supports: ["cost", "status", "capacity"],
});
const news = makeSource({
  publisher: "Dawn",
  title: "Sahiwal plant inaugurated",
  date: "2017-07-03",
  url: "https://example.org/dawn",
  supports: ["dates", "status"],
});
const unread = makeSource({ publisher: "APP", url: "https://example.org/app" });
const dataset = makeDataset({
  projects: [
    makeProject({
      id: "sahiwal",
      name: "Sahiwal Coal Power Plant",
      status: "operational",
      capacity: { value: 1320, unit: "MW" },
      cost: { usdMillions: 1912.2, stage: "estimated", asOf: "2017" },
      dates: { start: "2015-07-31", plannedCompletion: null, completion: "2017-07-03" },
      sources: [official, news, unread],
      conflicts: [
        {
          field: "dates.completion",
          value: "2017-10-28",
          source: makeSource({ publisher: "The News" }),
          used: false,
          why: "date of commercial operation",
        },
        {
          field: "capacity.value",
          value: 1240,
          source: makeSource({ publisher: "NEPRA" }),
          used: false,
          why: "net capacity",
        },
      ],
    }),
  ],
});

/** The text of the field row named `label` in the detail's list of fields. */
function fieldText(dialog: HTMLElement, label: string) {
  const dt = within(dialog)
    .getAllByRole("term")
    .find((el) => el.textContent === label);
  return dt?.nextElementSibling?.textContent;
}

describe("ProjectDetailPanel", () => {
  it("shows beside each field the sources that support it, as publisher and date", async () => {
    renderWithData(<ProjectDetailPanel />, { dataset, search: "?project=sahiwal" });
    const dialog = await screen.findByRole("dialog", { name: "Sahiwal Coal Power Plant" });
    expect(fieldText(dialog, "Cost")).toBe(
      "US$1.91 billion (estimated, 2017)Source: Ministry of Planning, 20 Nov 2024 (opens in a new tab)",
    );
    expect(fieldText(dialog, "Status")).toBe(
      "OperationalSources: Ministry of Planning, 20 Nov 2024 (opens in a new tab); Dawn, 3 Jul 2017 (opens in a new tab)",
    );
    expect(fieldText(dialog, "Start")).toBe(
      "31 Jul 2015Source: Dawn, 3 Jul 2017 (opens in a new tab)",
    );
    // A date not reported has no source to show; a field no source was matched to says so.
    expect(fieldText(dialog, "Planned completion")).toBe("not reported");
    expect(fieldText(dialog, "Location")).toMatch(
      /No source has been matched to this field yet; see the record’s sources below\.$/,
    );
    // Status, start and completion cite it.
    const dawn = within(dialog).getAllByRole("link", {
      name: "Dawn, 3 Jul 2017 (opens in a new tab)",
    });
    expect(dawn.map((a) => a.getAttribute("href"))).toEqual(
      Array(3).fill("https://example.org/dawn"),
    );
  });

  it("names the fields of conflicting values in words and formats their values", async () => {
    renderWithData(<ProjectDetailPanel />, { dataset, search: "?project=sahiwal" });
    const dialog = await screen.findByRole("dialog", { name: "Sahiwal Coal Power Plant" });
    const table = within(dialog).getByRole("table", { name: "Where sources disagree" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .slice(0, 2)
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ["Completion", "28 Oct 2017"],
      ["Capacity", "1,240\u00a0MW"],
    ]);
  });
});
