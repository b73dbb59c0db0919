import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

const PRESENT = "Present the figures of this view full screen";

async function figureCount(page: Page, view = "overview"): Promise<number> {
  await page.goto(`./?view=${view}`);
  await page.mouse.wheel(0, 600);
  await expect(page.locator("main section[data-figure]").first()).toBeVisible();
  await page.waitForTimeout(500);
  return page.locator("main section[data-figure]").count();
}

/** The slide shown fits inside the screen, above the presentation's controls. */
async function expectSlideInside(page: Page) {
  const slide = page.locator("[data-present-slide]");
  await expect(slide.locator("svg")).toBeVisible();
  const viewport = page.viewportSize()!;
  const box = (await slide.locator("svg").boundingBox())!;
  const controls = (await page.getByRole("group", { name: /^Presentation/ }).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
  expect(box.y + box.height).toBeLessThanOrEqual(controls.y + 1);
  // The 16:9 slide's drawing, fitted inside that box (not cropped).
  await expect(slide.locator("svg")).toHaveAttribute("viewBox", "0 0 1920 1080");
}

test("presentation mode shows each figure's 16:9 slide, steps by keyboard and keeps its place in the URL", async ({
  page,
}) => {
  const count = await figureCount(page);
  expect(count).toBeGreaterThanOrEqual(3);
  await page.getByRole("button", { name: PRESENT }).click();
  await expect(page.getByText(`Slide 1 of ${count}`)).toBeVisible();
  await expect(page).toHaveURL(/[?&]present=1(&|$)/);
  const slide = page.locator("[data-present-slide]");
  await expect(slide).toHaveAttribute("data-present-slide", "overview.by-sector");
  await expect(slide.locator("text", { hasText: "Investment by sector" })).toHaveCount(1);
  await expect(slide.locator("text", { hasText: /^Source: / })).toHaveCount(1);
  await expectSlideInside(page);

  await page.keyboard.press("ArrowRight");
  await expect(page.getByText(`Slide 2 of ${count}`)).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByText(`Slide 3 of ${count}`)).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=3(&|$)/);
  await page.keyboard.press("PageUp");
  await expect(page.getByText(`Slide 2 of ${count}`)).toBeVisible();

  await page.goto("./?present=1&step=3");
  await expect(page.getByText(/^Slide 3 of \d+$/)).toBeVisible();
  // The footer's link reopens the view, not the presentation it was shown in.
  const link = slide.locator("text", { hasText: /^View: / });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveText(/^View: http:\/\/[^?]+\/$/);
  await page.keyboard.press("Escape");
  await expect(slide).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
});

for (const view of ["projects", "map"] as const) {
  test(`present mode on ${view}: every slide and its footer stay inside the screen`, async ({
    page,
  }) => {
    await page.goto(`./?view=${view}&present=1&step=1`);
    const status = page.getByText(/^Slide 1 of (\d+)$/);
    await expect(status).toBeVisible({ timeout: 30_000 });
    const total = Number(/of (\d+)/.exec((await status.textContent()) ?? "")![1]);
    for (let i = 1; i <= total; i++) {
      await expect(page.getByText(`Slide ${i} of ${total}`)).toBeVisible();
      await expectSlideInside(page);
      // The footer (and its "data as of" line) is on every slide.
      expect(
        await page.locator("[data-present-slide] text", { hasText: /^Data as of / }).count(),
      ).toBeGreaterThan(0);
      await page.keyboard.press("ArrowRight");
    }
  });
}

test("print lays each figure out on its own A4 page from its value, with no controls", async ({
  page,
}) => {
  const count = await figureCount(page);
  await page.emulateMedia({ media: "print" });
  const pages = page.locator(".print-figures-page");
  await expect(pages).toHaveCount(count);
  await expect(page.getByRole("navigation", { name: "Views" })).toBeHidden();
  await expect(page.getByRole("button", { name: /^Download / })).toHaveCount(0);
  for (const p of await pages.all()) {
    await expect(p.locator("svg")).toBeVisible();
    await expect(p.locator("text", { hasText: /^Source: / })).toHaveCount(1);
  }
  await expect(page.locator(".print-figures-header")).toContainText(/data as of/i);
  expect(await pages.nth(1).evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
});

test("in Urdu ← steps forward and → back, while PageDown and Space stay next", async ({ page }) => {
  const present = JSON.parse(readFileSync("src/locales/ur/present.json", "utf8")) as {
    present: Record<string, string>;
  };
  await page.goto("./?lang=ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl", { timeout: 15_000 });
  await expect(page.locator("main section[data-figure]").first()).toBeVisible();
  await page.getByRole("button", { name: present.present.startLabel }).click();
  await expect(page.locator("[data-present-slide] svg")).toBeVisible();
  await expect(page).toHaveURL(/[?&]present=1/);
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/[?&]step=2(&|$)/);
  await page.keyboard.press("ArrowRight");
  await expect(page).not.toHaveURL(/[?&]step=2/);
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/[?&]step=2(&|$)/);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/[?&]step=3(&|$)/);
  await expect(page.getByRole("button", { name: present.present.next })).toHaveText(
    `${present.present.next} ←`,
  );
});
