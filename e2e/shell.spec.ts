import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, VIEWS, watchPage } from "./helpers";

const viewName = (v: string) => v[0]!.toUpperCase() + v.slice(1);

/** WCAG 2.5.3 Label in Name: experimental in axe, so off unless asked for. */
const LABEL_IN_NAME = ["label-content-name-mismatch"];

const SETTINGS = [
  { name: "light theme", colorScheme: "light", viewport: { width: 1280, height: 720 } },
  { name: "dark theme", colorScheme: "dark", viewport: { width: 1280, height: 720 } },
  { name: "phone (390×844), light", colorScheme: "light", viewport: { width: 390, height: 844 } },
] as const;

for (const { name, colorScheme: scheme, viewport } of SETTINGS) {
  test.describe(name, () => {
    test.use({ colorScheme: scheme, viewport });
    for (const view of VIEWS) {
      test(`${view} loads with no error, no failed request and no axe violation`, async ({
        page,
      }) => {
        const problems = watchPage(page);
        await page.goto(view === "overview" ? "./" : `./?view=${view}`);
        await expect(
          page.getByRole("navigation", { name: "Views" }).getByRole("link", {
            name: viewName(view),
          }),
        ).toHaveAttribute("aria-current", "page");
        await expect(page.getByText(/^Dataset \d+\.\d+\.\d+ · data as of/)).toBeVisible();
        await expect(page.getByRole("main").getByText("Loading…")).toHaveCount(0, {
          timeout: 15_000,
        });
        await expect(page.getByRole("alert")).toHaveCount(0);
        if (scheme === "dark") await expect(page.locator("html")).toHaveClass(/dark/);
        await expectNoAxeViolations(page, { experimental: LABEL_IN_NAME });
        expect(problems).toEqual([]);
      });
    }
  });
}

test("a filter chosen in the UI lands in the URL and survives a reload", async ({ page }) => {
  await page.goto("./?view=projects");
  const count = page.getByText(/^\d+ of \d+ projects/).first();
  await expect(count).toBeVisible();
  const before = await count.textContent();
  await page
    .getByRole("region", { name: "Filters" })
    .getByRole("button", { name: /^Sector/ })
    .click();
  await page.getByRole("checkbox", { name: "Energy" }).check();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/[?&]sector=energy(&|$)/);
  const after = await count.textContent();
  expect(after).not.toBe(before);
  await page.reload();
  await expect(page.getByRole("button", { name: "Remove filter: Energy" })).toBeVisible();
  await expect(count).toHaveText(after!);
  await page.goBack();
  await expect(page).not.toHaveURL(/sector=energy/);
});

test("back and forward move between views", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("link", { name: "Projects" }).click();
  await expect(page).toHaveURL(/view=projects/);
  await page.getByRole("link", { name: "Meetings" }).click();
  await expect(page).toHaveURL(/view=meetings/);
  await page.goBack();
  await expect(page.getByRole("link", { name: "Projects" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.goForward();
  await expect(page.getByRole("link", { name: "Meetings" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("a hand-edited URL falls back to defaults without a page error", async ({ page }) => {
  const problems = watchPage(page);
  await page.goto("./?view=nope&sector=energy,<script>&from=abc&to=99999&q=" + "x".repeat(3000));
  await expect(page.getByRole("link", { name: "Overview" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("button", { name: "Remove filter: Energy" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("the theme switch applies and persists", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
});

test("a broken dataset shows a located error and the shell keeps working", async ({ page }) => {
  await page.route("**/data/cpec-dataset.json", async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.projects[0].capacity = { value: "lots", unit: "MW" };
    await route.fulfill({ response, json: data });
  });
  await page.goto("./");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("so this view cannot be shown");
  await expect(alert).toContainText(
    /cpec-dataset\.json:projects\/[a-z0-9-]+:capacity\.value: Invalid input: expected number, received string/,
  );
  await page.getByRole("link", { name: "Sources" }).click();
  await expect(page).toHaveURL(/view=sources/);
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeEnabled();
});
