import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, goOn, watchPage } from "./helpers";

interface Doc {
  id: string;
  date: string;
  title: string;
  meetingId: string | null;
}
const dataset = JSON.parse(readFileSync("public/data/cpec-dataset.json", "utf8")) as {
  documents: Doc[];
};
const byDate = [...dataset.documents].sort(
  (a, b) => a.date.localeCompare(b.date) || b.id.localeCompare(a.id),
);
const oldest = byDate[0]!;
const withMeeting = dataset.documents.find((d) => d.meetingId !== null)!;

const table = (page: Page) => page.getByRole("table", { name: "Signed documents" });
const detail = (page: Page) => page.getByRole("region", { name: "Document details" });

test("lists every document and draws documents per year by type", async ({ page }) => {
  const problems = watchPage(page);
  await page.goto("./?view=documents");
  // The table is below the chart: drawn when the reader goes on.
  await goOn(page);
  await expect(table(page).getByRole("row")).toHaveCount(dataset.documents.length + 1);
  const chart = page.getByRole("region", { name: "Documents per year by type" });
  await expect(chart.locator("[data-bars] rect").first()).toBeVisible();
  await expect(chart.getByRole("list", { name: "Legend" })).toContainText("Signing package");
  expect(problems).toEqual([]);
});

test("sorts by date, oldest first on a second click", async ({ page }) => {
  await page.goto("./?view=documents");
  await goOn(page);
  const date = table(page).getByRole("columnheader", { name: /Date/ });
  await expect(date).toHaveAttribute("aria-sort", "descending");
  await date.getByRole("button").click();
  await expect(date).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/[?&]docsort=date-asc/);
  await expect(table(page).getByRole("row").nth(1).getByRole("rowheader")).toHaveText(oldest.title);
});

test("a document link opens its details with its meeting, also after a reload", async ({
  page,
}) => {
  await page.goto(`./?view=documents&doc=${withMeeting.id}`);
  await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(withMeeting.title);
  await page.reload();
  await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(withMeeting.title);
  await detail(page).getByRole("button", { name: "Open meeting details" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]meeting=${withMeeting.meetingId}(&|$)`));
  await expect(page.getByRole("region", { name: "Meeting details" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`no axe violations, ${scheme}`, async ({ page }) => {
    // axe walks every node of a long page; on a loaded machine that takes more than the default 30 s.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`./?view=documents&doc=${withMeeting.id}`);
    await expect(detail(page)).toBeVisible();
    await expect(
      page
        .getByRole("region", { name: "Documents per year by type" })
        .locator("[data-bars] rect")
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
