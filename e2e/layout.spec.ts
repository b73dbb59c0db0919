import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { VIEWS, watchPage } from "./helpers";

/**
 * The layout at a phone's size and a desktop's, each in one test that walks every view from the
 * header's tabs (to keep CI short): every view is reachable by its tab, the page never scrolls
 * sideways, the settings fold into one menu on a phone, and on a desktop the lists take the width
 * until a record is chosen and the headline cards fill their grid.
 */

const NAMES: Record<string, string> = {
  overview: "Overview",
  projects: "Projects",
  timeline: "Timeline",
  map: "Map",
  meetings: "Meetings",
  documents: "Documents",
  sources: "Sources",
};

/** The page's own width beyond the window's: what a reader would scroll sideways. */
async function sidewaysScroll(page: Page) {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
}

/** Goes to a view by its tab, as a reader does, and waits until its figures are drawn. */
async function goTo(page: Page, view: string) {
  const tab = page.getByRole("navigation", { name: "Views" }).getByRole("link", {
    name: NAMES[view],
  });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-current", "page");
  // A reader's first wheel turn draws every figure, also those a phone keeps below the fold.
  await page.mouse.wheel(0, 1);
  await expect(page.getByRole("main").getByText("Loading…")).toHaveCount(0);
  await page.waitForLoadState("networkidle");
}

test("on a phone every view is reachable from the header, nothing scrolls sideways, and the settings fold into one menu", async ({
  page,
}) => {
  const problems = watchPage(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./?view=sources");
  expect(Object.keys(NAMES).sort()).toEqual([...VIEWS].sort());

  for (const view of VIEWS) {
    await goTo(page, view);
    expect(await sidewaysScroll(page), `${view} at 390`).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await sidewaysScroll(page), `${view} at 360`).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 390, height: 844 });
  }

  // The settings sit behind one button; the header is one row above the tabs.
  await expect(page.getByRole("combobox", { name: "Language" })).toBeHidden();
  const header = page.getByRole("banner");
  const settings = header.getByRole("button", { name: "Settings" });
  const title = header.getByText("CPEC Progress Dashboard");
  const [titleBox, buttonBox] = [await title.boundingBox(), await settings.boundingBox()];
  expect(Math.abs(titleBox!.y - buttonBox!.y)).toBeLessThan(titleBox!.height);

  // In Urdu the panel opens under the button, inside the screen, and works from the keyboard.
  await settings.click();
  await page.getByRole("combobox", { name: "Language" }).selectOption("ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const urSettings = header.getByRole("button", { name: "ترتیبات" });
  await expect(urSettings).toHaveAttribute("aria-expanded", "true");
  const panel = header.getByRole("group", { name: "ترتیبات" });
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await expect(panel.getByRole("button", { name: "ڈیٹا فائل کھولیں" })).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .include("header")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(urSettings).toBeFocused();
  expect(problems).toEqual([]);
});

test("on a phone in Urdu a figure's menu opens over the page below or above its button, inside the screen, one menu at a time", async ({
  page,
}) => {
  const problems = watchPage(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./?lang=ur");
  await page.mouse.wheel(0, 1);
  const button = page.getByRole("button", { name: /ڈاؤن لوڈ کریں$/ }).first();
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const menu = page.getByRole("dialog", { name: /^ڈاؤن لوڈ اور کاپی/ });
  await expect(menu).toBeVisible();
  // In the top layer (the popover attribute), not clipped or covered by the figure's card.
  expect(await menu.evaluate((m) => m.matches(":popover-open"))).toBe(true);
  const [box, at] = [(await menu.boundingBox())!, (await button.boundingBox())!];
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y >= at.y + at.height || box.y + box.height <= at.y).toBe(true);
  await expect(menu.getByRole("button", { name: "PNG ڈاؤن لوڈ کریں" })).toBeFocused();

  // The settings open; the figure's menu closes.
  await page.getByRole("banner").getByRole("button", { name: "ترتیبات" }).click();
  await expect(page.getByRole("banner").getByRole("group", { name: "ترتیبات" })).toBeVisible();
  await expect(menu).toBeHidden();
  await expect(button).toHaveAttribute("aria-expanded", "false");
  expect(problems).toEqual([]);
});

test("on a desktop every view fits, the lists take the width until a record is chosen, and the headline cards fill their grid", async ({
  page,
}) => {
  const problems = watchPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./?view=sources");
  for (const view of VIEWS) {
    await goTo(page, view);
    expect(await sidewaysScroll(page), view).toBeLessThanOrEqual(0);
  }

  // Meetings: the sessions' table spans the page until a session is chosen; then the details
  // open beside it.
  await goTo(page, "meetings");
  const main = (await page.getByRole("main").boundingBox())!;
  const sessions = page.getByRole("table", { name: "Joint Cooperation Committee sessions" });
  expect((await sessions.boundingBox())!.width).toBeGreaterThan(main.width * 0.9);
  await sessions.getByRole("button", { name: "1st JCC" }).click();
  const heading = page.getByRole("heading", { name: /1st JCC/, level: 2 });
  await expect(heading).toBeFocused();
  const [table, detail] = [await sessions.boundingBox(), await heading.boundingBox()];
  expect(detail!.x).toBeGreaterThan(table!.x + table!.width);
  expect(detail!.y).toBeLessThan(900);

  // The nine headline cards leave no hole: the last card ends where the first row does.
  await goTo(page, "overview");
  const cards = page.getByRole("list", { name: "Headline figures" }).getByRole("listitem");
  await expect(cards).toHaveCount(9);
  for (const width of [1024, 1280, 1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    const boxes = await cards.evaluateAll((items) =>
      items.map((i) => i.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })),
    );
    const firstRowEnd = Math.max(
      ...boxes.filter((b) => b.top === boxes[0]!.top).map((b) => b.right),
    );
    expect(boxes.at(-1)!.right, `headline cards at ${width}`).toBeCloseTo(firstRowEnd, 0);
  }
  expect(problems).toEqual([]);
});
