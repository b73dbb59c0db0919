import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, watchPage } from "./helpers";

const LANES = [
  "JCC sessions",
  "Working-group meetings",
  "Signed documents",
  "Project starts",
  "Project completions",
];

const lane = (page: Page, name: string) => page.getByRole("toolbar", { name, exact: true });

test("draws items of every kind from the real dataset, each lane with a single tab stop", async ({
  page,
}) => {
  const problems = watchPage(page);
  await page.goto("./?view=timeline");
  const figure = page.getByRole("region", { name: /^CPEC timeline/ });
  await expect(figure).toBeVisible();
  for (const name of LANES) {
    const buttons = lane(page, name).getByRole("button");
    expect(await buttons.count(), name).toBeGreaterThan(0);
    await expect(lane(page, name).locator('button[tabindex="0"]')).toHaveCount(1);
  }
  await expect(page.getByText("Today", { exact: true }).first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("keyboard: arrow along a lane, Enter opens the details with a source link", async ({
  page,
}) => {
  await page.goto("./?view=timeline");
  const jcc = lane(page, "JCC sessions");
  const first = jcc.locator('button[tabindex="0"]');
  await first.focus();
  await page.keyboard.press("ArrowRight");
  const second = jcc.getByRole("button").nth(1);
  await expect(second).toBeFocused();
  const label = (await second.getAttribute("aria-label")) ?? "";
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]titem=meeting(%3A|:)/);
  const title = label.split(",")[0]!;
  const details = page.getByRole("region", { name: title, exact: true });
  await expect(details).toBeVisible();
  const source = details.getByRole("link").first();
  await expect(source).toHaveAttribute("href", /^https?:\/\//);
  // Focus stays on the item, so the arrows keep working.
  await expect(second).toBeFocused();
});

test("the range chosen lands in the URL and survives a reload", async ({ page }) => {
  await page.goto("./?view=timeline");
  await page.getByRole("button", { name: "2013–2017" }).click();
  await expect(page).toHaveURL(/[?&]tfrom=2013&tto=2017(&|$)/);
  await page.reload();
  await expect(page.getByRole("button", { name: "2013–2017" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByRole("textbox", { name: "From" })).toHaveValue("2013");
  const labels = await lane(page, "JCC sessions")
    .getByRole("button")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
  expect(labels.length).toBeGreaterThan(0);
  for (const l of labels) expect(l).toMatch(/(2013|2014|2015|2016|2017)$/);
});

test("typing a range and brushing the overview both zoom", async ({ page }) => {
  await page.goto("./?view=timeline");
  await page.getByRole("textbox", { name: "From" }).fill("2016-03");
  await page.getByRole("textbox", { name: "To" }).fill("2019");
  await page.getByRole("button", { name: "Apply range" }).click();
  await expect(page).toHaveURL(/[?&]tfrom=2016-03&tto=2019(&|$)/);

  await page.getByRole("button", { name: "All dates" }).click();
  await expect(page).not.toHaveURL(/tfrom=/);
  const strip = page.getByRole("img", { name: /Overview of all dates/ });
  await strip.scrollIntoViewIfNeeded();
  const box = (await strip.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + 20, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/[?&]tfrom=\d{4}(-\d{2})?&tto=\d{4}(-\d{2})?(&|$)/);
});

test("the kind filter removes that kind and is kept in the URL", async ({ page }) => {
  await page.goto("./?view=timeline");
  // A click, not uncheck(): made before the app has taken the first screen over, the click takes
  // effect once it has (src/first-screen/), not at once as uncheck() expects.
  const documents = page.getByRole("checkbox", { name: /^Signed documents/ });
  await documents.click();
  await expect(documents).not.toBeChecked();
  await expect(page).toHaveURL(/[?&]thide=document(&|$)/);
  await expect(lane(page, "Signed documents")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^Signed documents/ })).not.toBeChecked();
  await expect(lane(page, "Signed documents")).toHaveCount(0);
  await expect(lane(page, "JCC sessions")).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`no axe violations in the ${scheme} theme, with details open`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./?view=timeline");
    await lane(page, "JCC sessions").locator('button[tabindex="0"]').click();
    await expect(page.getByRole("link").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
