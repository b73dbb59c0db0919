import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "@playwright/test";
import { BASE, QUICK, VIEWS, gz, kb, viewUrl } from "./options";

/** What a first visit to each view downloads (JS, CSS and data, gzip), on a phone and a desktop. */
export async function measureFirstVisits(browser: Browser, dist: string) {
  const firstVisit: {
    view: string;
    screen: string;
    jsGzipKB: number;
    cssGzipKB: number;
    jsFiles: number;
    dataGzipKB: number;
  }[] = [];
  // What a first visit downloads depends on the screen: on a phone the Overview's charts wait
  // below the headline cards until the reader goes on (Lighthouse's mobile screen, and a laptop's).
  const screens = [
    { name: "phone 412×823", viewport: { width: 412, height: 823 } },
    { name: "desktop 1440×900", viewport: { width: 1440, height: 900 } },
  ];
  for (const view of VIEWS)
    for (const screen of screens) {
      const context = await browser.newContext({ viewport: screen.viewport });
      const page = await context.newPage();
      const seen = new Map<string, string>();
      page.on("response", (r) => seen.set(new URL(r.url()).pathname, r.request().resourceType()));
      await page.goto(viewUrl(BASE, view), {
        waitUntil: "networkidle",
      });
      await page.waitForTimeout(300);
      let js = 0;
      let css = 0;
      let data = 0;
      let jsFiles = 0;
      for (const path of seen.keys()) {
        const local = join(dist, decodeURIComponent(path));
        let buf: Buffer;
        try {
          buf = readFileSync(local);
        } catch {
          continue;
        }
        if (path.endsWith(".js")) {
          js += gz(buf);
          jsFiles += 1;
        } else if (path.endsWith(".css")) css += gz(buf);
        else if (path.endsWith(".json")) data += gz(buf);
      }
      firstVisit.push({
        view,
        screen: screen.name,
        jsGzipKB: kb(js),
        cssGzipKB: kb(css),
        jsFiles,
        dataGzipKB: kb(data),
      });
      await context.close();
    }
  return firstVisit;
}

/**
 * Time from a click on "Download Investment by sector" to the menu showing the PNG's size, which
 * it does once the 2× PNG is prepared (the click on "Download PNG" then saves at once).
 */
/**
 * From opening a figure's Download menu to its 16:9 PNG ready (the menu marks itself data-ready),
 * on a fresh page load each time: the Gantt (Projects) and the map, the two heaviest figures.
 * Target ≤ 500 ms on this machine.
 */
export async function exportReadyTimes(browser: Browser): Promise<Record<string, number[]>> {
  const figures = [
    { view: "projects", name: "Download Construction periods of projects" },
    { view: "map", name: "Download CPEC projects on the map" },
  ];
  const times: Record<string, number[]> = {};
  for (const { view, name } of figures) {
    times[view] = [];
    for (let i = 0; i < (QUICK ? 3 : 5); i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(viewUrl(BASE, view), { waitUntil: "networkidle" });
      await page.getByRole("button", { name }).waitFor();
      times[view].push(
        await page.evaluate(async (label) => {
          const button = [...document.querySelectorAll("button")].find(
            (b) => b.getAttribute("aria-label") === label,
          )!;
          const t0 = performance.now();
          button.click();
          for (;;) {
            await new Promise((r) => setTimeout(r, 5));
            if (document.querySelector("[role=dialog][data-ready]")) return performance.now() - t0;
          }
        }, name),
      );
      await context.close();
    }
  }
  return times;
}
