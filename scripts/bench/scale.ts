import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { generateDataset, scaledCounts } from "../../src/data/generate-dataset";
import type { Dataset } from "../../src/data/schema";
import { FILTER_RUNS, PORT, SCALES, SEED, TYPES, median, round } from "./options";

export interface ScaleRow {
  scale: string;
  projects: number;
  fileMB: number;
  loadMs: number;
  /** Filter change → next paint. */
  overviewFilterToPaintMs: number;
  /** Filter change → the view's content redrawn. */
  overviewSettledMs: number;
  projectsFilterToPaintMs: number;
  projectsSettledMs: number;
}

/** Serves the build with the dataset file replaced by `data` (loopback only; no compression). */
async function serveWith(data: Buffer, port: number, dist: string) {
  const httpServer = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path.endsWith("/data/cpec-dataset.json")) {
      res.writeHead(200, { "content-type": "application/json" }).end(data);
      return;
    }
    try {
      const file = join(dist, path === "/" ? "index.html" : path);
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => httpServer.listen(port, "127.0.0.1", r));
  return httpServer;
}

/**
 * A filter change, measured twice: to the next paint — the Event Timing API's duration of the
 * click, from the input to the frame that shows its result, as the Interaction to Next Paint
 * metric counts it (entries start at 16 ms; a faster one counts as 16) — and to the last change
 * of the view's content (the figures redrawn for the new filters, which happens in the
 * background after that paint, see useDeferredFilters). Medians of FILTER_RUNS real clicks.
 */
async function filterToPaint(page: Page): Promise<{ paint: number; settled: number }> {
  const runs: { paint: number; settled: number }[] = [];
  await page
    .getByRole("region", { name: "Filters" })
    .getByRole("button", { name: /^Sector/ })
    .click();
  const box = page.getByRole("checkbox", { name: "Energy" });
  await box.evaluate(() => {
    const w = window as unknown as { benchEvents: PerformanceEventTiming[] };
    w.benchEvents = [];
    new PerformanceObserver((list) =>
      w.benchEvents.push(...(list.getEntries() as PerformanceEventTiming[])),
    ).observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
  });
  for (let i = 0; i < FILTER_RUNS; i++) {
    const t0 = await box.evaluate(() => {
      const w = window as unknown as { benchLast: number; benchObserver: MutationObserver };
      const main = document.getElementById("main")!;
      w.benchLast = 0;
      w.benchObserver = new MutationObserver(() => (w.benchLast = performance.now()));
      w.benchObserver.observe(main, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      return performance.now();
    });
    await box.click();
    runs.push(
      await box.evaluate(async (_el, start: number) => {
        const w = window as unknown as {
          benchLast: number;
          benchObserver: MutationObserver;
          benchEvents: PerformanceEventTiming[];
        };
        // Settled: nothing in the view has changed for half a second.
        while (performance.now() - Math.max(w.benchLast, start) < 500)
          await new Promise((r) => setTimeout(r, 50));
        w.benchObserver.disconnect();
        const click = w.benchEvents.filter(
          (e) => e.startTime >= start - 1 && ["pointerdown", "pointerup", "click"].includes(e.name),
        );
        const paint = Math.max(16, ...click.map((e) => e.duration));
        return { paint, settled: Math.max(paint, w.benchLast - start) };
      }, t0),
    );
    await page.waitForTimeout(200);
  }
  await page.keyboard.press("Escape");
  return {
    paint: round(median(runs.map((r) => r.paint)), 1),
    settled: round(median(runs.map((r) => r.settled)), 1),
  };
}

/**
 * With SYNTHETIC datasets SCALES× the real one, the load time and the filter change → paint and
 * → settled times on Overview and Projects; `dist` is the build served.
 */
export async function runScale(browser: Browser, dist: string): Promise<ScaleRow[]> {
  const real = JSON.parse(readFileSync("public/data/cpec-dataset.json", "utf8")) as Dataset;
  const rows: ScaleRow[] = [];
  for (const factor of SCALES) {
    const data = Buffer.from(
      JSON.stringify(generateDataset({ seed: SEED, ...scaledCounts(real, factor) })),
    );
    const port = PORT + 1;
    const httpServer = await serveWith(data, port, dist);
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    page.setDefaultTimeout(900_000);
    const base = `http://127.0.0.1:${port}/`;
    const t0 = Date.now();
    await page.goto(base);
    await page.getByText(/^Dataset 0\.0\.0 · data as of/).waitFor();
    await page.getByRole("main").getByText("Loading…").waitFor({ state: "detached" });
    const loadMs = Date.now() - t0;
    const overview = await filterToPaint(page);
    await page.getByRole("link", { name: "Projects" }).click();
    await page.getByText(/^\d[\d,]* of [\d,]+ projects$/).waitFor();
    const projects = await filterToPaint(page);
    rows.push({
      scale: `${factor}× (SYNTHETIC)`,
      projects: real.projects.length * factor,
      fileMB: round(data.length / 1e6, 1),
      loadMs,
      overviewFilterToPaintMs: overview.paint,
      overviewSettledMs: overview.settled,
      projectsFilterToPaintMs: projects.paint,
      projectsSettledMs: projects.settled,
    });
    console.log(
      `scale ${factor}×: load ${loadMs} ms, overview ${overview.paint}/${overview.settled} ms, projects ${projects.paint}/${projects.settled} ms`,
    );
    await context.close();
    await new Promise((r) => httpServer.close(r));
  }
  return rows;
}
