import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, watchPage } from "./helpers";

/**
 * The Gantt lives in the Projects view. The spec addresses it by role only: a region named by its
 * title "Construction periods of projects", and inside it a group of row buttons (one per project,
 * named by the project's name first) with a single tab stop.
 */
const gantt = (page: Page) =>
  page.getByRole("region", { name: "Construction periods of projects" });
const rows = (page: Page) =>
  gantt(page)
    .getByRole("group", { name: /one row per project/ })
    .getByRole("button");

test("draws a row per dated project, with a legend and the undated count", async ({ page }) => {
  const problems = watchPage(page);
  await page.goto("./?view=projects");
  await expect(gantt(page)).toBeVisible();
  expect(await rows(page).count()).toBeGreaterThan(10);
  await expect(gantt(page).getByRole("list", { name: "Legend" })).toContainText(
    "Planned completion",
  );
  await expect(gantt(page).getByText(/^\d+ projects? with no dates reported$/)).toBeVisible();
  expect(problems).toEqual([]);
});

test("keyboard: ArrowDown moves to the next row and Enter opens that project", async ({ page }) => {
  await page.goto("./?view=projects");
  const first = rows(page).first();
  await expect(first).toHaveAttribute("tabindex", "0");
  await first.focus();
  await page.keyboard.press("ArrowDown");
  const second = rows(page).nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]project=[a-z0-9-]+/);
});

test("grouping by province is kept in the URL across a reload", async ({ page }) => {
  await page.goto("./?view=projects");
  await gantt(page).getByRole("button", { name: "Province or region", exact: true }).click();
  await expect(page).toHaveURL(/[?&]gantt=province(&|$)/);
  await page.reload();
  await expect(
    gantt(page).getByRole("button", { name: "Province or region", exact: true }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(gantt(page).getByText("Several provinces", { exact: true })).toBeVisible();
});

test("the table twin lists the projects with their dates", async ({ page }) => {
  await page.goto("./?view=projects");
  await gantt(page).getByRole("button", { name: "Show as table" }).click();
  const table = gantt(page).getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Planned completion" })).toBeVisible();
  expect(await table.getByRole("row").count()).toBe(
    (await gantt(page).getByRole("rowheader").count()) + 1,
  );
});

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

for (const scheme of ["light", "dark"] as const) {
  for (const size of SIZES) {
    test(`no axe violations in the Gantt (Label in Name included), ${scheme} theme, ${size.width}×${size.height}`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("./?view=projects");
      await expect(gantt(page)).toBeVisible();
      // Each row button is named by the name it shows, its facts in the description.
      const first = rows(page).first();
      const name = (await first.textContent()) ?? "";
      await expect(first).toHaveAccessibleName(name);
      await expect(first).toHaveAccessibleDescription(/^[A-Z][a-z ]+\. Start /);
      await expectNoAxeViolations(page);
      // Label in Name is off in axe by default; the Gantt's frame is checked with it on.
      await expectNoAxeViolations(page, {
        include: 'section[data-figure-id^="projects.gantt"]',
        experimental: ["label-content-name-mismatch"],
      });
      if (size.width < 640) {
        // On a phone the names take the width above their bars, and the page does not scroll sideways.
        const box = await first.getByText(name, { exact: true }).boundingBox();
        expect(box!.width).toBeGreaterThan(200);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        ).toBeLessThanOrEqual(0);
      }
    });
  }
}
