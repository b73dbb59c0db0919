import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import JSZip from "jszip";
import { THEME_KEY } from "../src/first-screen/protocol";
import { VIEWS, watchPage } from "./helpers";

/**
 * The build's first screen (src/app/first-screen.tsx, src/first-screen/, src/app/start.tsx;
 * docs/first-screen.md): shown before the app's code has arrived, then taken over by the app
 * without being redrawn.
 */

const dataset = JSON.parse(readFileSync("public/data/cpec-dataset.json", "utf8")) as {
  metadata: { version: string };
};
const PRERENDERED = VIEWS;
const root = (page: Page) => page.locator("#root");
const address = (view: string) => (view === "overview" ? "./" : `./?view=${view}`);

/** The scripts a module needs before it runs: itself and its static imports, all the way down. */
async function staticImports(page: Page, entry: URL): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let url = queue.pop(); url; url = queue.pop()) {
    if (seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const code = await (await page.request.get(url.href)).text();
    // `import … from "./x.js"`, `export … from "./x.js"` and `import "./x.js"`; not `import("./x.js")`.
    for (const m of code.matchAll(/\b(?:from|import)\s*["']([^"']+\.js)["']/g))
      queue.push(new URL(m[1]!, url));
  }
  return seen;
}

/**
 * Holds back the app's own code until `release` is called: every script of the build that the
 * page's entry does not import statically, that is all it loads on demand (src/app/start.tsx and
 * what it needs). The entry is found in the page the server sends and its imports in its code, not
 * by a chunk's file name, which the bundler chooses.
 */
async function holdApp(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const index = await page.request.get("./");
  const src = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/.exec(await index.text())?.[1];
  expect(src, "the page names its entry script").toBeTruthy();
  const entry = new URL(src!, index.url());
  const needed = await staticImports(page, entry);
  const assets = entry.pathname.slice(0, entry.pathname.lastIndexOf("/") + 1);
  await page.route(
    (url) =>
      url.pathname.startsWith(assets) && url.pathname.endsWith(".js") && !needed.has(url.pathname),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

for (const view of PRERENDERED) {
  test(`${view}: the first screen is there before the app's code, and the app takes it over as it is`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    const release = await holdApp(page);
    await page.goto(address(view));
    await expect(root(page)).toHaveAttribute("data-first-screen", "shown");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      view === "overview" ? "Overview" : new RegExp(view, "i"),
    );
    await expect(page.getByText(`Dataset ${dataset.metadata.version} · data as of`)).toBeVisible();
    // Every element of the first screen, kept by reference before the app runs.
    const marked = await page.evaluate(() => {
      const all = Array.from(document.querySelectorAll("#root main *"), (el) => ({
        el,
        parent: el.parentElement,
      }));
      (window as unknown as { firstScreen: typeof all }).firstScreen = all;
      return all.length;
    });
    expect(marked).toBeGreaterThan(40);

    release();
    await expect(root(page)).toHaveAttribute("data-first-screen", "live");
    await expect(page.getByRole("combobox", { name: "Language" })).toBeEnabled();
    // Taken over, not redrawn: every element of the first screen is still in the page, but for
    // what the build left to the browser (the map: its placeholder, role="status", and React's
    // mark for it), the empty boxes held for figures below the first screen, and the marks
    // inside a chart that stayed, redrawn for the real width (ticks).
    const redrawn = await page.evaluate(() =>
      (window as unknown as { firstScreen: { el: Element; parent: Element | null }[] }).firstScreen
        .filter(
          ({ el, parent }) =>
            !el.isConnected &&
            !el.closest('[role="status"]') &&
            el.getAttribute("data-dgst") !== "client-only" &&
            // Empty boxes: the room kept for what waits below the first screen (drawn when
            // asked for). Anything that says something must have stayed.
            !(el.textContent === "" && !el.querySelector("svg, img")) &&
            !(el instanceof SVGElement && parent?.isConnected),
        )
        .map(({ el }) => el.outerHTML.slice(0, 80)),
    );
    expect(redrawn).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test("a click before the app runs is answered once it does; choices wait for it", async ({
  page,
}) => {
  const problems = watchPage(page);
  const release = await holdApp(page);
  await page.goto("./");
  await expect(root(page)).toHaveAttribute("data-first-screen", "shown");
  const language = page.getByRole("combobox", { name: "Language" });
  await expect(language).toBeDisabled();
  await page.getByRole("button", { name: "Open data file" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  release();
  await expect(page.getByRole("dialog", { name: "Open your own data file" })).toBeVisible();
  await expect(language).toBeEnabled();
  expect(problems).toEqual([]);
});

test("a checkbox clicked before the app runs changes the view and the address once it does", async ({
  page,
}) => {
  const release = await holdApp(page);
  await page.goto("./?view=timeline");
  await expect(root(page)).toHaveAttribute("data-first-screen", "shown");
  const documents = page.getByRole("checkbox", { name: /^Signed documents/ });
  await documents.click();
  // Kept, not answered, while the first screen is not the app's.
  await expect(documents).toBeChecked();

  release();
  await expect(root(page)).toHaveAttribute("data-first-screen", "live");
  await expect(documents).not.toBeChecked();
  await expect(page).toHaveURL(/[?&]thide=document(&|$)/);
});

test("the view's slides asked for before the app runs come once it does, with every figure", async ({
  page,
}) => {
  const release = await holdApp(page);
  await page.goto("./?view=meetings");
  await expect(root(page)).toHaveAttribute("data-first-screen", "shown");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Slides (.pptx)" }).click();

  release();
  // Kept until the app runs, then made from the view's figures (not from none registered yet):
  // a title slide, one per figure on the page, a sources slide.
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^cpec-progress-dashboard-meetings_.*\.pptx$/);
  const zip = await JSZip.loadAsync(readFileSync(await file.path()));
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  expect(slides).toHaveLength((await page.locator("section[data-figure]").count()) + 2);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the first screen follows a stored dark theme, and the theme choice shows it", async ({
  page,
}) => {
  await page.addInitScript((key) => localStorage.setItem(key, "dark"), THEME_KEY);
  await page.goto("./?view=projects");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(root(page)).toHaveAttribute("data-first-screen", "live");
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
});

for (const search of ["?sector=energy", "?lang=ur", "?view=overview&view=projects"]) {
  test(`an address the first screen was not drawn for (${search}) starts the app directly`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    await page.goto(`./${search}`);
    await expect(page.getByRole("navigation").getByRole("link").first()).toBeVisible();
    await expect(root(page)).not.toHaveAttribute("data-first-screen", /./);
    expect(problems).toEqual([]);
  });
}

test("a dataset changed since the build is drawn afresh, not over the build's screen", async ({
  page,
}) => {
  const problems = watchPage(page);
  await page.route("**/data/cpec-dataset.json", async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.metadata.version = "9.9.9";
    await route.fulfill({ response, json: data });
  });
  await page.goto("./");
  await expect(page.getByText("Dataset 9.9.9 · data as of")).toBeVisible();
  await expect(root(page)).toHaveAttribute("data-first-screen", "none");
  expect(problems).toEqual([]);
});
