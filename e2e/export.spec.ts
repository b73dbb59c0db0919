import { expect, test, type Locator, type Page } from "@playwright/test";
import JSZip from "jszip";
import { download, goOn, inspectPng } from "./helpers";

test.use({ acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"] });

const TITLE = "Investment by sector";

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function openMenu(page: Page, title = TITLE, url = "./"): Promise<Locator> {
  await page.goto(url);
  // Figures below the first screen are drawn when the reader goes on (once the app is live).
  const button = page.getByRole("button", { name: `Download ${title}` });
  await expect(async () => {
    await goOn(page);
    await expect(button).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await button.click();
  return page.getByRole("dialog", { name: `Download and copy: ${title}` });
}

/** Every font size in an SVG file, in px. */
function fontSizes(svg: string): number[] {
  return [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
}

test("a figure downloads as a 16:9 slide of exactly 1920 × 1080, and 3840 × 2160 at 2×, in each background", async ({
  page,
}) => {
  const dialog = await openMenu(page);
  await expect(dialog.getByRole("radio", { name: "Slide 16:9 (1920 × 1080)" })).toBeChecked();
  const file = await download(page, dialog, "Download PNG");
  expect(file.name).toBe(`investment-by-sector_slide-16x9_${today()}@1x.png`);
  const png = await inspectPng(page, file.data);
  expect([png.width, png.height]).toEqual([1920, 1080]);
  expect(png.ink / (png.width * png.height)).toBeGreaterThan(0.03);
  await dialog.getByRole("radio", { name: "2×" }).check();
  await expect(dialog.getByText(/^3840 × 2160 · Light/)).toBeVisible();
  await dialog.getByRole("radio", { name: "Dark" }).check();
  const dark = await inspectPng(page, (await download(page, dialog, "Download PNG")).data);
  expect([dark.width, dark.height]).toEqual([3840, 2160]);
  // The dark theme's card colour, #111a2e.
  expect(dark.corner).toEqual([17, 26, 46, 255]);
  await dialog.getByRole("radio", { name: "Transparent" }).check();
  const clear = await inspectPng(page, (await download(page, dialog, "Download PNG")).data);
  expect(clear.corner[3]).toBe(0);
});

test("the SVG is composed from the figure: caption, hex colours, no controls, text readable at 1920", async ({
  page,
  browser,
}) => {
  const dialog = await openMenu(page);
  const file = await download(page, dialog, "Download SVG");
  expect(file.name).toBe(`investment-by-sector_slide-16x9_${today()}.svg`);
  const svg = file.data.toString("utf8");
  for (const banned of [
    "var(",
    "oklch(",
    "color-mix(",
    "foreignObject",
    "<div",
    "class=",
    "Show as table",
  ])
    expect(svg).not.toContain(banned);
  expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(14);
  const alone = await browser.newPage();
  await alone.setContent(svg);
  const shown = alone.locator("svg").first();
  await expect(shown.locator("text", { hasText: TITLE })).toHaveCount(1);
  await expect(
    shown.locator("text", { hasText: /^Source: CPEC Progress Dashboard dataset/ }),
  ).toHaveCount(1);
  await expect(shown.locator("text", { hasText: /^View: http/ })).toHaveCount(1);
  await alone.close();
});

for (const [view, title] of [
  ["projects", "Construction periods of projects"],
  ["map", "CPEC projects on the map"],
  ["timeline", "CPEC timeline: meetings, signed documents and project milestones"],
] as const) {
  test(`the ${view} figure exports as a 16:9 slide with its caption and no interface text`, async ({
    page,
  }) => {
    const dialog = await openMenu(page, title, `./?view=${view}`);
    await dialog.getByRole("radio", { name: "1×" }).check();
    const file = await download(page, dialog, "Download SVG");
    const svg = file.data.toString("utf8");
    expect(svg).toMatch(/<svg[^>]* width="1920" height="1080"/);
    expect(svg).toContain("Data as of");
    for (const banned of ["Group by", "Drag across", "Zoom in", "foreignObject", "var("])
      expect(svg).not.toContain(banned);
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(14);
    if (view === "map") expect(svg).toContain("Line of Control");
  });
}

test("Download data (CSV) writes the rows the figure draws with units in the headers", async ({
  page,
}) => {
  const dialog = await openMenu(page);
  const file = await download(page, dialog, "Download data (CSV)");
  const csv = file.data.toString("utf8");
  expect(csv).toContain("# Investment by sector");
  expect(csv).toContain("Investment (US$ millions)");
  expect(csv).toMatch(/\r\nEnergy,[\d.]+,\d+,\d+\r\n/);
});

test("copy alt text and copy link put the figure's words and the view's address on the clipboard", async ({
  page,
}) => {
  const dialog = await openMenu(page, TITLE, "./?sector=energy,transport");
  await dialog.getByRole("button", { name: "Copy alt text" }).click();
  await expect(dialog.getByText("Alt text copied to the clipboard")).toBeVisible();
  const alt = await page.evaluate(() => navigator.clipboard.readText());
  expect(alt).toMatch(/^Investment by sector\. /);
  expect(alt).toMatch(
    /Largest Investment: (Energy|Transport infrastructure) \(US\$[\d.]+ billion\); smallest: (Energy|Transport infrastructure)/,
  );
  expect(alt).toContain("Source: CPEC Progress Dashboard dataset");
  await dialog.getByRole("button", { name: "Copy link" }).click();
  await expect(dialog.getByText("Link copied to the clipboard")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  const file = await download(page, dialog, "Download SVG");
  expect(file.data.toString("utf8")).toContain("Sector = Energy, Transport infrastructure");
});

test("a figure downloads as a PowerPoint slide whose chart holds its numbers", async ({ page }) => {
  const dialog = await openMenu(page);
  const file = await download(page, dialog, "PowerPoint slide (.pptx)");
  expect(file.name).toBe(`investment-by-sector_slide-16x9_${today()}.pptx`);
  // A .pptx is a zip: it starts with the local file header "PK\x03\x04".
  expect([...file.data.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(file.data.toString("latin1")).toContain("ppt/charts/chart");

  // Unzipped: one slide, a native chart holding the figure's numbers (those its CSV writes), and
  // speaker notes with the alt text.
  const zip = await JSZip.loadAsync(file.data);
  const names = Object.keys(zip.files);
  expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(1);
  const chartName = names.find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!;
  const chart = await zip.file(chartName)!.async("string");
  const csv = (await download(page, dialog, "Download data (CSV)")).data.toString("utf8");
  const energy = /\r\nEnergy,([\d.]+),/.exec(csv)![1]!;
  // The chart states billions (its axis title says so); the CSV, millions.
  expect(chart).toContain("<c:v>Investment (US$ billion)</c:v>");
  const values = [...chart.matchAll(/<c:v>([\d.]+)<\/c:v>/g)].map((m) => Number(m[1]));
  expect(values.some((v) => Math.abs(v * 1000 - Number(energy)) < 1e-6)).toBe(true);
  expect(chart).toContain("<c:v>Energy</c:v>");
  const notesName = names.find((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))!;
  const notes = await zip.file(notesName)!.async("string");
  expect(notes).toContain("Investment by sector");
});

test("the view's slides come as one deck: a title slide, one slide per figure, a sources slide", async ({
  page,
}) => {
  await page.goto("./?view=meetings");
  await goOn(page);
  const frames = page.locator("section[data-figure]");
  await expect(frames.first()).toBeVisible();
  const figures = await frames.count();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Slides (.pptx)" }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  expect(slides).toHaveLength(figures + 2);
  const first = await zip.file("ppt/slides/slide1.xml")!.async("string");
  expect(first).toContain("Meetings");
  expect(first).toContain("1.2.1");
});
