import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, goOn, watchPage } from "./helpers";

interface Meeting {
  id: string;
  body: string;
  session: number | null;
}
const dataset = JSON.parse(readFileSync("public/data/cpec-dataset.json", "utf8")) as {
  meetings: Meeting[];
};
const jcc = dataset.meetings.filter((m) => m.body === "jcc");
const tenth = jcc.find((m) => m.session === 10)!;

const sessions = (page: Page) =>
  page.getByRole("table", { name: "Joint Cooperation Committee sessions" });
const detail = (page: Page) => page.getByRole("region", { name: "Meeting details" });

test("lists every JCC session and draws meetings per year", async ({ page }) => {
  const problems = watchPage(page);
  await page.goto("./?view=meetings");
  await expect(sessions(page).getByRole("row")).toHaveCount(jcc.length + 1);
  // The chart is below the sessions table: drawn when the reader goes on.
  await goOn(page);
  const chart = page.getByRole("region", { name: "Meetings per year" });
  await expect(chart.locator("[data-bars] rect").first()).toBeVisible();
  await chart.getByRole("button", { name: "Show as table" }).click();
  await expect(chart.getByRole("columnheader", { name: "JCC sessions" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Joint Working Groups" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("a meeting link opens its details, also after a reload", async ({ page }) => {
  await page.goto(`./?view=meetings&meeting=${tenth.id}`);
  await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText("10th JCC");
  await page.reload();
  await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText("10th JCC");
  await expect(detail(page).getByRole("heading", { name: "Documents signed there" })).toBeVisible();
  await expect(detail(page).getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//);
});

test("choosing a session puts it in the URL and focuses its details", async ({ page }) => {
  await page.goto("./?view=meetings");
  await sessions(page).getByRole("button", { name: "7th JCC" }).click();
  await expect(page).toHaveURL(/[?&]meeting=jcc-07(&|$)/);
  await expect(detail(page).getByRole("heading", { level: 2, name: "7th JCC" })).toBeFocused();
  await detail(page)
    .getByRole("button", { name: /open project details/ })
    .first()
    .click();
  await expect(page).toHaveURL(/[?&]project=[a-z0-9-]+/);
});

for (const scheme of ["light", "dark"] as const) {
  test(`no axe violations, ${scheme}`, async ({ page }) => {
    // axe walks every node of a long page; on a loaded machine that takes more than the default 30 s.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`./?view=meetings&meeting=${tenth.id}`);
    await expect(detail(page)).toBeVisible();
    await goOn(page);
    await expect(
      page.getByRole("region", { name: "Meetings per year" }).locator("[data-bars] rect").first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
