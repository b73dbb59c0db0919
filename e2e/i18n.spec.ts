import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { download, expectNoAxeViolations, inspectPng, VIEWS, watchPage } from "./helpers";

/**
 * Every view in Urdu and in Chinese: the page says its language and direction, no message key or
 * English fallback shows where a translation should be, nothing overflows its box, and axe finds
 * no violation.
 */

type Catalogue = Map<string, string>;

function flatten(value: unknown, prefix = "", out: Catalogue = new Map()): Catalogue {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

function catalogue(language: string): Catalogue {
  const dir = `src/locales/${language}`;
  const all: Catalogue = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")))
    flatten(JSON.parse(readFileSync(`${dir}/${file}`, "utf8")), "", all);
  return all;
}

const english = catalogue("en");
/** What i18next shows for a missing key: the key itself, without its plural suffix. */
const keys = new Set(
  [...english.keys()].map((k) => k.replace(/(_ordinal)?_(zero|one|two|few|many|other)$/, "")),
);

/** English messages without variables that a translation replaces: seen in Urdu or Chinese, they are a fallback. */
function englishFallbacks(language: string): Set<string> {
  const translated = catalogue(language);
  const out = new Set<string>();
  for (const [key, message] of english) {
    if (message.includes("{{") || message.split(" ").length < 3) continue;
    const own = translated.get(key);
    if (own !== undefined && own !== message) out.add(message);
  }
  return out;
}

const LANGS = [
  { lang: "ur", tag: "ur", dir: "rtl" },
  { lang: "zh", tag: "zh-CN", dir: "ltr" },
] as const;

async function open(page: Page, lang: string, view: string, tag: string) {
  await page.goto(`./?lang=${lang}&view=${view}`);
  await expect(page.locator("html")).toHaveAttribute("lang", tag, { timeout: 15_000 });
  // A reader's first wheel turn draws every figure, also those a phone keeps below the fold.
  await page.mouse.wheel(0, 1);
  const loading = catalogue(lang).get("app.loading") ?? "";
  await expect(page.getByRole("main").getByText(loading)).toHaveCount(0, { timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
  // Views load their data and maps after the language: wait until the page stops changing.
  await page.waitForLoadState("networkidle");
}

/** Text of every visible text node in main, with surrounding space removed. */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector("main");
    if (!main) return [];
    const out: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text || !el.checkVisibility()) continue;
      out.push(text);
    }
    return out;
  });
}

/** Headings, buttons and tabs whose text is wider or taller than their box (and not cut on purpose). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("h1, h2, h3, button, nav a, label")]
      // Screen-reader-only text is clipped to 1 px on purpose.
      .filter((el) => el.checkVisibility() && el.clientWidth > 1)
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.textOverflow === "ellipsis" || style.overflowX === "auto") return false;
        // Naskh and Nastaliq glyphs reach above and below the line box; that only hides text
        // where the box clips.
        const clipsY = ["hidden", "clip"].includes(style.overflowY);
        return (
          el.scrollWidth > el.clientWidth + 1 || (clipsY && el.scrollHeight > el.clientHeight + 1)
        );
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} “${el.textContent?.trim().slice(0, 40)}” ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
      ),
  );
}

for (const { lang, tag, dir } of LANGS) {
  test.describe(`${lang}`, () => {
    const fallbacks = englishFallbacks(lang);

    for (const view of VIEWS) {
      test(`${view}: ${dir}, every message translated, no overflow, no axe violation`, async ({
        page,
      }) => {
        const problems = watchPage(page);
        await page.setViewportSize({ width: 1440, height: 900 });
        await open(page, lang, view, tag);
        await expect(page.locator("html")).toHaveAttribute("dir", dir);

        const texts = await visibleTexts(page);
        expect(texts.length).toBeGreaterThan(5);
        const shownKeys = texts.flatMap((t) =>
          [...t.matchAll(/\b[a-z][a-zA-Z]*(?:\.[\w-]+)+\b/g)]
            .map((m) => m[0])
            .filter((m) => keys.has(m)),
        );
        expect(shownKeys, "message keys shown instead of text").toEqual([]);
        const english = texts.filter((t) => fallbacks.has(t));
        expect(english, "English fallbacks shown instead of a translation").toEqual([]);

        expect(await overflowing(page)).toEqual([]);
        await expectNoAxeViolations(page);
        expect(problems).toEqual([]);
      });

      test(`${view} at 390 × 844: nothing overflows its box`, async ({ page }) => {
        await page.setViewportSize({ width: 390, height: 844 });
        await open(page, lang, view, tag);
        expect(await overflowing(page)).toEqual([]);
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth).toBeLessThanOrEqual(391);
      });
    }
  });
}

test("Urdu overview: amounts in Urdu words, bar charts read from the right", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, "ur", "overview", "ur");
  const frame = page.getByRole("region", { name: "شعبہ وار سرمایہ کاری" });
  await expect(frame).toBeVisible();
  await expect(frame.getByText(/ارب ڈالر/).first()).toBeVisible();
  // Category names sit to the right of the bars, and the bars start at the right.
  const axis = await frame.locator("[data-axis=category] text").first().boundingBox();
  const bar = await frame.locator("[data-bar]").first().boundingBox();
  expect(axis && bar).toBeTruthy();
  expect(axis!.x).toBeGreaterThanOrEqual(bar!.x + bar!.width - 1);
});

test("Urdu digits: the Overview's headline figures switch to ۰–۹ when chosen, without a reload", async ({
  page,
}) => {
  await open(page, "ur", "overview", "ur");
  const cards = page.getByRole("list", { name: "اہم اعداد و شمار" });
  await expect(cards.getByText(/\d ارب ڈالر/).first()).toBeVisible();
  // A value kept on the page survives only if the page is not loaded again.
  await page.evaluate(() => ((window as unknown as { kept: number }).kept = 1));
  await page.getByRole("combobox", { name: "ہندسے" }).selectOption("arab");
  await expect(page).toHaveURL(/[?&]digits=arab/);
  await expect(cards.getByText(/[۰-۹] ارب ڈالر/).first()).toBeVisible();
  await expect(cards.getByText(/\d ارب ڈالر/)).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { kept?: number }).kept)).toBe(1);
});

test("Chinese overview: amounts in 亿美元 and dates in 年月日", async ({ page }) => {
  await open(page, "zh", "overview", "zh-CN");
  await expect(page.getByText(/亿美元/).first()).toBeVisible();
  await expect(page.getByText(/数据截至 \d{4}年\d{1,2}月\d{1,2}日/).first()).toBeVisible();
});

test("a project's own Urdu name is used where a source gives one, with its English name", async ({
  page,
}) => {
  await page.goto("./?lang=ur&project=sahiwal-coal-power-plant");
  const dialog = page.getByRole("dialog", { name: "ساہیوال کول پاور پلانٹ" });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByText(/^Sahiwal 2x660 MW/)).toBeVisible();
});

for (const { lang, tag } of LANGS) {
  test(`${lang}: a figure's PNG downloads from its translated menu, with its text drawn`, async ({
    page,
  }) => {
    const messages = catalogue(lang);
    const message = (key: string, vars: Record<string, string> = {}) =>
      (messages.get(key) ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? "");
    const title = message("meetings.chart.title");
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, lang, "meetings", tag);
    await page.getByRole("button", { name: message("export.open", { title }) }).click();
    const dialog = page.getByRole("dialog", { name: message("export.dialog", { title }) });
    // The size line names the file's real pixels, in the language's digits, once it is chosen.
    await expect(dialog.getByText(/\d+ × \d+/).first()).toBeVisible();
    const file = await download(page, dialog, message("export.png"));
    expect(file.name).toMatch(/\.png$/);
    // Kept for a person to look at: the title, legend and footer in Urdu or Chinese glyphs.
    writeFileSync(`/tmp/i18n-export-${lang}.png`, file.data);

    // A 16:9 slide by default, laid out for 1920 × 1080.
    const png = await inspectPng(page, file.data);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expect(png.corner).toEqual([255, 255, 255, 255]);
    // Not blank: bars, axes and a caption cover a real share, in the series' and text's colours.
    expect(png.ink / (png.width * png.height)).toBeGreaterThan(0.03);
    expect(png.colours).toBeGreaterThan(8);

    // The same figure as SVG carries the caption as text: title, legend, footer, in its language.
    const svg = (await download(page, dialog, message("export.svg"))).data.toString("utf8");
    const texts = [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map(([, attrs, text]) => ({
      attrs: attrs!,
      text: text!.replace(/[\u2066-\u2069]/g, ""),
    }));
    for (const label of [title, message("meetings.chart.jcc"), message("meetings.chart.jwg")]) {
      const found = texts.find((t) => t.text === label);
      expect(found, `“${label}” in the SVG`).toBeDefined();
      // Urdu is set from the right margin.
      expect(found!.attrs.includes('text-anchor="end"')).toBe(lang === "ur");
    }
    const sourceLine = message("chart.source", { source: "" }).replace(/[\u2066-\u2069]/g, "");
    expect(texts.some((t) => t.text.startsWith(sourceLine))).toBe(true);
  });
}

for (const view of ["meetings", "documents"] as const) {
  test(`Urdu ${view}: the count axis is on the right, years still run left to right`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, "ur", view, "ur");
    const frame = page.locator(
      `section[data-figure="${catalogue("ur").get(`${view}.chart.title`)}"]`,
    );
    await expect(frame.locator("[data-bars] rect").first()).toBeVisible();
    const axis = (await frame.locator('[data-axis="value"]').boundingBox())!;
    const barsRight = await frame
      .locator("[data-bars] rect")
      .evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().right)));
    expect(axis.x).toBeGreaterThanOrEqual(barsRight - 1);
    // Year ticks are isolated and in time order from the left.
    const ticks = await frame
      .locator('[data-axis="year"] text')
      .evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent ?? "", x: el.getBoundingClientRect().x })),
      );
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.every((t) => /^\u2068\d{4}\u2069$/.test(t.text))).toBe(true);
    const years = [...ticks].sort((a, b) => a.x - b.x).map((t) => t.text);
    expect(years).toEqual([...years].sort());
  });
}
