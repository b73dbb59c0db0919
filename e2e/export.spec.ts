import { expect, test, type Locator, type Page } from "@playwright/test";
import { download, inspectPng } from "./helpers";

test.use({ acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"] });

const TITLE = "Investment by sector";

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function openMenu(page: Page): Promise<Locator> {
  await page.goto("./");
  await page.getByRole("button", { name: `Download ${TITLE}` }).click();
  const dialog = page.getByRole("dialog", { name: `Download and copy: ${TITLE}` });
  await expect(dialog.getByText(/\d+ × \d+ px$/)).toBeVisible();
  return dialog;
}

test("the first Overview chart downloads as PNG at 1×, 2× and 3× as on screen", async ({
  page,
}) => {
  const dialog = await openMenu(page);
  const frame = page.locator(`section[data-figure="${TITLE}"]`);
  const width = Math.round((await frame.boundingBox())!.width);
  const sizes: { width: number; height: number }[] = [];
  for (const scale of [1, 2, 3] as const) {
    await dialog.getByRole("radio", { name: `${scale}×` }).check();
    const file = await download(page, dialog, "Download PNG");
    expect(file.name).toBe(`investment-by-sector_${today()}@${scale}x.png`);
    const png = await inspectPng(page, file.data);
    expect(png.width).toBe(width * scale);
    // Not blank: the bars, axis and caption cover a real share of the picture.
    expect(png.ink / (png.width * png.height)).toBeGreaterThan(0.03);
    sizes.push(png);
  }
  expect(sizes[1]!.height).toBe(sizes[0]!.height * 2);
  expect(sizes[2]!.height).toBe(sizes[0]!.height * 3);
});

test("each slide preset has the preset's pixels times the scale, in each background", async ({
  page,
}) => {
  const dialog = await openMenu(page);
  const presets = [
    { name: "Slide 16:9 (1920 × 1080)", slug: "slide-16x9", width: 1920, height: 1080 },
    { name: "Slide 4:3 (1600 × 1200)", slug: "slide-4x3", width: 1600, height: 1200 },
    { name: "Square (1200 × 1200)", slug: "square", width: 1200, height: 1200 },
  ];
  await dialog.getByRole("radio", { name: "1×" }).check();
  for (const preset of presets) {
    await dialog.getByRole("radio", { name: preset.name }).check();
    const file = await download(page, dialog, "Download PNG");
    expect(file.name).toBe(`investment-by-sector_${preset.slug}_${today()}@1x.png`);
    const png = await inspectPng(page, file.data);
    expect([png.width, png.height]).toEqual([preset.width, preset.height]);
    expect(png.ink / (png.width * png.height)).toBeGreaterThan(0.03);
    expect(png.corner).toEqual([255, 255, 255, 255]);
  }
  await dialog.getByRole("radio", { name: "Slide 16:9 (1920 × 1080)" }).check();
  await dialog.getByRole("radio", { name: "2×" }).check();
  await dialog.getByRole("radio", { name: "Dark" }).check();
  const dark = await inspectPng(page, (await download(page, dialog, "Download PNG")).data);
  expect([dark.width, dark.height]).toEqual([3840, 2160]);
  // The dark theme's card colour, #111a2e.
  expect(dark.corner).toEqual([17, 26, 46, 255]);
  expect(dark.ink / (dark.width * dark.height)).toBeGreaterThan(0.03);
  await dialog.getByRole("radio", { name: "Transparent" }).check();
  const clear = await inspectPng(page, (await download(page, dialog, "Download PNG")).data);
  expect(clear.corner[3]).toBe(0);
});

test("the SVG is one self-contained file that renders on its own", async ({ page, browser }) => {
  const dialog = await openMenu(page);
  const file = await download(page, dialog, "Download SVG");
  expect(file.name).toBe(`investment-by-sector_${today()}.svg`);
  const svg = file.data.toString("utf8");
  for (const banned of [
    "var(",
    "oklch(",
    "color-mix(",
    "foreignObject",
    "<div",
    "<span",
    "class=",
  ]) {
    expect(svg).not.toContain(banned);
  }
  expect(svg).toContain(
    'font-family="&quot;Noto Sans&quot;, &quot;Segoe UI&quot;, Arial, sans-serif"',
  );

  // Opened on its own, away from the app and its stylesheet.
  const alone = await browser.newPage();
  await alone.setContent(svg);
  const shown = alone.locator("svg").first();
  await expect(shown.locator("text", { hasText: TITLE })).toHaveCount(1);
  await expect(
    shown.locator("text", { hasText: /^Source: CPEC Progress Dashboard dataset/ }),
  ).toHaveCount(1);
  await expect(shown.locator("text", { hasText: /^View: http/ })).toHaveCount(1);
  expect(
    await shown.locator(".recharts-bar-rectangle path, path[fill^='#']").count(),
  ).toBeGreaterThan(3);
  const img = await alone.evaluate(async (text) => {
    const el = new Image();
    el.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await el.decode();
    return { width: el.naturalWidth, height: el.naturalHeight };
  }, svg);
  expect(img.width).toBeGreaterThan(0);
  expect(img.height).toBeGreaterThan(0);
  await alone.close();
});

test("copy alt text and copy link put the figure's words and the view's address on the clipboard", async ({
  page,
}) => {
  await page.goto("./?sector=energy,transport");
  await page.getByRole("button", { name: `Download ${TITLE}` }).click();
  const dialog = page.getByRole("dialog", { name: `Download and copy: ${TITLE}` });
  await dialog.getByRole("button", { name: "Copy alt text" }).click();
  await expect(dialog.getByText("Alt text copied to the clipboard")).toBeVisible();
  const alt = await page.evaluate(() => navigator.clipboard.readText());
  expect(alt).toMatch(/^Investment by sector\. /);
  expect(alt).toMatch(
    /Largest investment: (Energy|Transport infrastructure) \(US\$[\d.]+ billion\); smallest: (Energy|Transport infrastructure)/,
  );
  expect(alt).toContain("Source: CPEC Progress Dashboard dataset");
  await dialog.getByRole("button", { name: "Copy link" }).click();
  await expect(dialog.getByText("Link copied to the clipboard")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  // The filters are written on the exported figure in words.
  const file = await download(page, dialog, "Download SVG");
  expect(file.data.toString("utf8")).toContain(
    "Filters: Sector = Energy, Transport infrastructure",
  );
});
