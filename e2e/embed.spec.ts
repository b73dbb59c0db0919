import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, watchPage } from "./helpers";

test("an embed address shows one figure with its caption, fills its frame and is titled as the figure", async ({
  page,
}) => {
  const problems = watchPage(page);
  // The size the embed code gives its iframe.
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto("./?embed=overview.by-sector&sector=energy,transport&project=p1");
  const frame = page.getByRole("region", { name: "Investment by sector" });
  await expect(
    frame.getByRole("heading", { level: 2, name: "Investment by sector" }),
  ).toBeVisible();
  await expect(
    frame.getByText(/^Estimated cost in US dollars of the \d+ of \d+ projects/),
  ).toBeVisible();
  await expect(frame.getByRole("img", { name: "Investment by sector" })).toBeVisible();
  await expect(
    frame.getByText(/^Source: CPEC Progress Dashboard dataset \d+\.\d+\.\d+/),
  ).toBeVisible();
  await expect(page.getByRole("region")).toHaveCount(1);
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page).toHaveTitle("Investment by sector");
  await expect(page.getByText("Filters: Sector = Energy, Transport infrastructure")).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Open in the CPEC Progress Dashboard" }),
  ).toHaveAttribute("href", "?sector=energy%2Ctransport&project=p1");
  // Sized to its frame: no scrollbar on the page at the embed code's size.
  const overflow = await page.evaluate(() => ({
    x: document.documentElement.scrollWidth - window.innerWidth,
    y: document.documentElement.scrollHeight - window.innerHeight,
  }));
  expect(overflow).toEqual({ x: 0, y: 0 });
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});
