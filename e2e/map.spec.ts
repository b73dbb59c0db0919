import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

interface LocatedProject {
  id: string;
  sector: string;
  location: { precision: "exact" | "town" | "line" | "province" };
}

async function located(page: Page, sector?: string): Promise<string[]> {
  const response = await page.request.get("/data/cpec-dataset.json");
  const dataset = (await response.json()) as { projects: LocatedProject[] };
  return dataset.projects
    .filter(
      (p) => p.location.precision !== "province" && (sector === undefined || p.sector === sector),
    )
    .map((p) => p.id)
    .sort();
}

function watchRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.hostname !== "127.0.0.1")
      outside.push(request.url());
  });
  return outside;
}

/** Every project the map draws: its own marker, or its place's count bubble (data-projects). */
async function drawnIds(map: ReturnType<typeof figure>): Promise<string[]> {
  const own = await map
    .locator("[data-project]")
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-project") ?? ""));
  const shared = await map
    .locator("[data-projects]")
    .evaluateAll((nodes) =>
      nodes.flatMap((n) => (n.getAttribute("data-projects") ?? "").split(" ")),
    );
  return [...own, ...shared].sort();
}

const figure = (page: Page) =>
  page.getByRole("group", {
    name: "Map of Pakistan's provinces and territories with CPEC projects",
  });

test("draws the seven units and a marker for every located project, asking no other host", async ({
  page,
}) => {
  const outside = watchRequests(page);
  await page.goto("/?view=map");
  const map = figure(page);
  await expect(map).toBeVisible();
  await expect(map.locator("[data-unit]")).toHaveCount(7);
  const expected = await located(page);
  expect(expected.length).toBeGreaterThan(0);
  await expect(map.locator("[data-project]").first()).toBeVisible();
  // the fourteen projects at Gwadar's town centre are one count bubble at zoom 1
  await expect(
    map.getByRole("button", { name: "14 projects at Gwadar: show the list" }),
  ).toBeVisible();
  expect(await drawnIds(map)).toEqual(expected);
  await expect(map.locator('[data-boundary="line-of-control"]')).toHaveCount(1);
  await expect(page.getByText(/Dashed lines: the Line of Control/)).toBeVisible();
  await expect(page.getByText(/Boundaries: Natural Earth \(public domain\)/)).toBeVisible();
  expect(outside).toEqual([]);
});

test("another view's first visit does not load the map or its boundaries", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeAttached();
  await page.waitForLoadState("networkidle");
  expect(requested.filter((path) => /pakistan\.topo\.json|map-view/.test(path))).toEqual([]);
  expect(requested).toContain("/data/cpec-dataset.json");
});

test("a sector filter in the URL reduces the markers", async ({ page }) => {
  await page.goto("/?view=map&sector=energy");
  const expected = await located(page, "energy");
  const all = await located(page);
  expect(expected.length).toBeLessThan(all.length);
  await expect(figure(page).locator("[data-project]").first()).toBeVisible();
  expect(await drawnIds(figure(page))).toEqual(expected);
});

test("choosing a marker by keyboard or pointer opens its detail", async ({ page }) => {
  await page.goto("/?view=map");
  const map = figure(page);
  const first = map.locator("[data-project]").first();
  const firstId = await first.getAttribute("data-project");
  await first.focus();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]project=${firstId}(&|$)`));

  await page.goto("/?view=map");
  await expect(map.locator("[data-project]").first()).toBeVisible();
  // the topmost marker under its own centre, so that the click lands on it
  const id = await map.locator("[data-project]").evaluateAll((nodes) => {
    for (const node of [...nodes].reverse()) {
      const box = node.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      if (hit && node.contains(hit)) return node.getAttribute("data-project");
    }
    return null;
  });
  expect(id).not.toBeNull();
  await map.locator(`[data-project="${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`[?&]project=${id}(&|$)`));
});

test("zooms with the buttons, keeps the zoom in the URL and resets", async ({ page }) => {
  await page.goto("/?view=map");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/mapzoom=1\.5/);
  await page.reload();
  await expect(page.getByRole("button", { name: "Reset view" })).toBeEnabled();
  await page.getByRole("button", { name: "Reset view" }).click();
  await expect(page).not.toHaveURL(/mapzoom/);
});

test("zooms with Ctrl + wheel over the map, keeping the zoom in the URL; a plain wheel scrolls the page", async ({
  page,
}) => {
  await page.goto("/?view=map");
  const map = figure(page);
  await expect(map.locator("[data-unit]")).toHaveCount(7);
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  expect(page.url()).not.toMatch(/mapzoom/);

  const after = (await map.boundingBox())!;
  await page.mouse.move(after.x + after.width / 2, after.y + after.height / 2);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -200);
  await page.keyboard.up("Control");
  // one wheel of 200 px zooms by 2^0.8
  await expect(page).toHaveURL(/[?&]mapzoom=1\.74(&|$)/);
  await expect(page).toHaveURL(/[?&]mapx=[\d.]+&mapy=[\d.]+/);
  await expect(page.getByRole("button", { name: "Reset view" })).toBeEnabled();
});

test("shows province totals as a choropleth with a table twin", async ({ page }) => {
  await page.goto("/?view=map");
  await page.getByRole("button", { name: "Province totals" }).click();
  await expect(page).toHaveURL(/maplayer=provinces/);
  await expect(
    page.getByRole("heading", { name: "Investment by province or territory" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Show as table" }).click();
  const table = page.getByRole("table", { name: "Investment by province or territory" });
  await expect(table.getByRole("row")).toHaveCount(9);
  await expect(table.getByRole("rowheader", { name: "Several provinces" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`has no accessibility violations (${scheme})`, async ({ page }) => {
    // axe walks every marker of the map twice (two layers): allow it the time
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/?view=map");
    await expect(figure(page).locator("[data-unit]")).toHaveCount(7);
    for (const layer of ["projects", "provinces"]) {
      if (layer === "provinces")
        await page.getByRole("button", { name: "Province totals" }).click();
      const results = await new AxeBuilder({ page })
        .include('[data-view="map"]')
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(
        results.violations,
        `${layer}: ${results.violations.map((v) => v.id).join(", ")}`,
      ).toEqual([]);
    }
  });
}
