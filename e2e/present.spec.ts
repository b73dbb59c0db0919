import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

const PRESENT = "Present the figures of this view full screen";

async function figureTitles(page: Page) {
  await expect(page.getByRole("button", { name: "Download Investment by sector" })).toBeVisible();
  return page
    .locator("main section[data-figure]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-figure")));
}

test("presentation mode steps by keyboard, keeps its place in the URL and restores from it", async ({
  page,
}) => {
  await page.goto("./");
  const titles = await figureTitles(page);
  const count = titles.length;
  expect(count).toBeGreaterThanOrEqual(3);
  await page.getByRole("button", { name: PRESENT }).click();
  const active = page.locator("section[data-present-active]");
  await expect(page.getByText(`Figure 1 of ${count}`)).toBeVisible();
  await expect(active).toHaveAttribute("data-figure", titles[0]!);
  await expect(page).toHaveURL(/[?&]present=1(&|$)/);

  // One figure fills the screen, in large type, with its source below it.
  const viewport = page.viewportSize()!;
  const box = (await active.boundingBox())!;
  expect(box.width).toBeGreaterThan(viewport.width * 0.9);
  expect(box.height).toBeGreaterThan(viewport.height * 0.75);
  const titleSize = await active
    .locator("[data-figure-title]")
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(titleSize).toBeGreaterThanOrEqual(24);
  await expect(active.getByText(/^Source: /)).toBeVisible();
  await expect(active.getByRole("button", { name: /^Download / })).toBeHidden();

  await page.keyboard.press("ArrowRight");
  await expect(page.getByText(`Figure 2 of ${count}`)).toBeVisible();
  await expect(active).toHaveAttribute("data-figure", titles[1]!);
  await page.keyboard.press("Space");
  await expect(page.getByText(`Figure 3 of ${count}`)).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=3(&|$)/);
  await page.keyboard.press("PageUp");
  await expect(page.getByText(`Figure 2 of ${count}`)).toBeVisible();
  await page.keyboard.press("PageDown");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByText(`Figure 1 of ${count}`)).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByText(`Figure 1 of ${count}`)).toBeVisible();

  // A link opens the same deck at the same figure.
  await page.goto("./?present=1&step=3");
  await expect(page.getByText(`Figure 3 of ${count}`)).toBeVisible();
  await expect(active).toHaveAttribute("data-figure", titles[2]!);
  await page.getByRole("button", { name: "Next figure" }).click();
  await expect(active).toHaveAttribute("data-figure", titles[3]!);

  await page.keyboard.press("Escape");
  await expect(active).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  await expect(page.getByRole("button", { name: PRESENT })).toBeFocused();
});

test("a malformed step falls back to the nearest figure", async ({ page }) => {
  await page.goto("./?present=1&step=99");
  const titles = await figureTitles(page);
  await expect(page.getByText(`Figure ${titles.length} of ${titles.length}`)).toBeVisible();
});

test("print shows the figures, one per page, without navigation, filters or buttons", async ({
  page,
}) => {
  await page.goto("./");
  const titles = await figureTitles(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Views" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Filters" })).toBeHidden();
  const downloads = page.getByRole("button", { name: /^Download /, includeHidden: true });
  await expect(downloads).toHaveCount(titles.length);
  for (const b of await downloads.all()) await expect(b).toBeHidden();
  const figures = page.locator("main section[data-figure]");
  for (let i = 0; i < titles.length; i++) {
    const figure = figures.nth(i);
    await expect(figure.locator("[data-figure-title]")).toBeVisible();
    await expect(figure.getByText(/^Source: /)).toBeVisible();
    expect(await figure.evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
  }
  // The charts are drawn at the fixed print size, the full width of the page.
  const chart = figures.first().locator(".recharts-wrapper > svg.recharts-surface");
  await expect(chart).toBeVisible();
  const box = (await chart.boundingBox())!;
  expect(box.height).toBeGreaterThan(400);
});

test("in Urdu ← steps forward and → back, while PageDown and Space stay next", async ({ page }) => {
  const present = JSON.parse(readFileSync("src/locales/ur/present.json", "utf8")) as {
    present: Record<string, string>;
  };
  await page.goto("./?lang=ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl", { timeout: 15_000 });
  await expect(page.locator("main section[data-figure]").first()).toBeVisible();
  await page.getByRole("button", { name: present.present.startLabel }).click();
  const active = page.locator("section[data-present-active]");
  await expect(active).toHaveCount(1);
  const titles = await page
    .locator("main section[data-figure]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-figure")));
  expect(titles.length).toBeGreaterThanOrEqual(3);
  await expect(active).toHaveAttribute("data-figure", titles[0]!);
  // The on-screen help says which way the arrows go.
  await expect(page.getByText(present.present.keys!)).toBeVisible();

  await page.keyboard.press("ArrowLeft");
  await expect(active).toHaveAttribute("data-figure", titles[1]!);
  await expect(page).toHaveURL(/[?&]step=2(&|$)/);
  await page.keyboard.press("ArrowRight");
  await expect(active).toHaveAttribute("data-figure", titles[0]!);
  await page.keyboard.press("PageDown");
  await expect(active).toHaveAttribute("data-figure", titles[1]!);
  await page.keyboard.press("Space");
  await expect(active).toHaveAttribute("data-figure", titles[2]!);
  await page.keyboard.press("PageUp");
  await expect(active).toHaveAttribute("data-figure", titles[1]!);
  // The buttons' arrows point the same way: "next" to the left.
  await expect(page.getByRole("button", { name: present.present.next })).toHaveText(
    `${present.present.next} ←`,
  );
});
