import { expect, test, type Page } from "@playwright/test";
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { analyseSingleFile, SINGLE_FILE_TARGETS } from "../scripts/bench/single-file";
import { VIEWS, watchPage } from "./helpers";

const viewName = (v: string) => v[0]!.toUpperCase() + v.slice(1);

async function expectViewRendered(page: Page, view: string) {
  await expect(page.getByRole("link", { name: viewName(view) })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByText(/^Dataset \d+\.\d+\.\d+ · data as of/)).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText("Loading…")).toHaveCount(0, { timeout: 15_000 });
  await expect(main.locator("section, table, svg, ul").first()).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
}

test("after one visit, every view works with the network off", async ({ page, context }) => {
  const problems = watchPage(page);
  await page.goto("./");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await expect(page.getByText(/^Dataset \d+\.\d+\.\d+ · data as of/)).toBeVisible();

  await context.setOffline(true);
  for (const view of VIEWS) {
    await page.goto(view === "overview" ? "./" : `./?view=${view}`);
    await expectViewRendered(page, view);
  }
  await page.reload();
  await expectViewRendered(page, "sources");
  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test("after one visit in Chinese, the Chinese text face works with the network off", async ({
  page,
  context,
}) => {
  const problems = watchPage(page);
  await page.goto("./?lang=zh");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  // The first visit's text in Chinese: its faces were fetched while the page had no worker yet.
  await expect(page.getByRole("link", { name: "概览" })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // Every subset of the Chinese face that is a file of its own is in the worker's cache.
  const faces = await page.evaluate(() => {
    const urls = new Set<string>();
    for (const sheet of document.styleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSFontFaceRule && rule.style.fontFamily.includes("Noto Sans SC")) {
          const src = rule.style.getPropertyValue("src");
          // The smallest subsets are inlined in the style sheet: nothing to cache.
          if (!src.startsWith('url("data:')) urls.add(src);
        }
    return urls.size;
  });
  expect(faces).toBeGreaterThan(100);
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open("cjk-fonts")).keys()).length), {
      timeout: 60_000,
    })
    .toBe(faces);

  await context.setOffline(true);
  await page.goto("./?lang=zh&view=sources");
  await expect(page.getByRole("link", { name: "来源" })).toHaveAttribute("aria-current", "page");
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.family.includes("Noto Sans SC"))
      .map((f) => f.status)
      .filter((s) => s !== "unloaded");
  });
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.every((s) => s === "loaded")).toBe(true);
  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test.describe("the single-file build, opened from disk", () => {
  // One worker builds it once; a second worker's build would empty the folder under the first.
  test.describe.configure({ mode: "serial" });
  const file = resolve("dist-single/index.html");
  test.beforeAll(() => {
    test.setTimeout(240_000);
    execSync("npm run build:single", { stdio: "ignore" });
    expect(existsSync(file)).toBe(true);
  });

  for (const view of VIEWS) {
    test(`renders ${view} with no request leaving the file`, async ({ page }) => {
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        // Failed loads are reported, with their address, by the requestfailed handler below.
        if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
          problems.push(`console: ${m.text()}`);
      });
      page.on("requestfailed", (r) => {
        problems.push(`requestfailed: ${r.url()}`);
      });
      page.on("request", (r) => {
        const { protocol } = new URL(r.url());
        if (!["file:", "data:", "blob:"].includes(protocol)) problems.push(`request: ${r.url()}`);
      });
      const url = pathToFileURL(file);
      if (view !== "overview") url.search = `?view=${view}`;
      await page.goto(url.href);
      await expectViewRendered(page, view);
      expect(problems).toEqual([]);
    });
  }

  test("weighs under 6 MB, with nothing inlined twice", () => {
    const { bytes, duplicatePayloads } = analyseSingleFile(readFileSync(file, "utf8"));
    expect(bytes).toBeLessThan(SINGLE_FILE_TARGETS.maxBytes);
    expect(duplicatePayloads).toBe(0);
  });

  test("adds the Chinese face only when Chinese is chosen, and draws Chinese with it", async ({
    page,
  }) => {
    const families = () =>
      page.evaluate(() => [...new Set([...document.fonts].map((f) => f.family))].sort());
    await page.goto(pathToFileURL(file).href);
    await expect(page.getByRole("link", { name: "Overview" })).toBeVisible();
    // In English only the Latin face's rules are in the page: Urdu's and Chinese's are not parsed.
    expect(await families()).toEqual(["Noto Sans"]);

    await page.getByRole("combobox", { name: "Language" }).selectOption("zh");
    const overview = page.getByRole("link", { name: "概览" });
    await expect(overview).toHaveAttribute("aria-current", "page");
    await page.evaluate(() => document.fonts.ready);
    // The font that drew the link's characters: the inlined Chinese face, not a system font.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: 'nav a[aria-current="page"]',
    });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    expect(fonts).toEqual([expect.objectContaining({ isCustomFont: true, glyphCount: 2 })]);
    expect(fonts[0]!.familyName).toMatch(/^Noto Sans SC/);
  });
});
