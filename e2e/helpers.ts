import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

// The views and parameters are the app's own registry's: a test never keeps a second list.
export { PARAM_NAMES, URL_PARAMS, VIEWS } from "../src/lib/url-params";

/** Collects console errors, page errors, failed requests and any request that leaves this machine. */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => {
    const error = r.failure()?.errorText ?? "";
    // Cancelled, not failed: a navigation stops what the page was still fetching (a chart's
    // code, the offline worker's) and the next page asks for it again.
    if (error === "net::ERR_ABORTED") return;
    problems.push(`requestfailed: ${r.url()} ${error}`);
  });
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (
      !["127.0.0.1", "localhost"].includes(url.hostname) &&
      !["data:", "blob:"].includes(url.protocol)
    ) {
      problems.push(`external request: ${r.url()}`);
    }
  });
  return problems;
}

/**
 * Runs axe with every WCAG 2.x A and AA rule, on the page or on the part `include` selects.
 * `experimental` turns on rules axe ships disabled, such as `label-content-name-mismatch`
 * (2.5.3 Label in Name).
 */
export async function expectNoAxeViolations(
  page: Page,
  { experimental = [], include }: { experimental?: readonly string[]; include?: string } = {},
) {
  // options() replaces what withTags() set, so it comes first.
  let builder = new AxeBuilder({ page })
    .options({ rules: Object.fromEntries(experimental.map((id) => [id, { enabled: true }])) })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(" | ")}`,
  );
  expect(summary).toEqual([]);
}

/** Clicks a download button of a figure's menu and reads the file it saves. */
export async function download(page: Page, dialog: Locator, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name, exact: true }).click(),
  ]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), data: Buffer.concat(chunks) };
}

/**
 * Decodes a PNG in the page: its size, how many pixels differ from the corner (background), and
 * how many distinct colours it has (counted at 5 bits a channel, so anti-aliasing adds few).
 */
export async function inspectPng(page: Page, data: Buffer) {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const bg = [px[0], px[1], px[2], px[3]];
    let ink = 0;
    const colours = new Set<number>();
    for (let i = 0; i < px.length; i += 4) {
      if (
        Math.abs(px[i]! - bg[0]!) + Math.abs(px[i + 1]! - bg[1]!) + Math.abs(px[i + 2]! - bg[2]!) >
        60
      )
        ink++;
      colours.add(((px[i]! >> 3) << 10) | ((px[i + 1]! >> 3) << 5) | (px[i + 2]! >> 3));
    }
    return { width: bitmap.width, height: bitmap.height, ink, corner: bg, colours: colours.size };
  }, data.toString("base64"));
}

/**
 * What a reader does first: turns the wheel. Lists and figures below the first screen are drawn
 * then (DeferUntilNear); before it they are only room held for them.
 */
export async function goOn(page: Page): Promise<void> {
  await page.mouse.wheel(0, 1);
}
