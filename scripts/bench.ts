/**
 * npm run bench — builds the app, then measures in Chromium:
 *  1. what a first visit to each view downloads (JS and CSS, gzip), and every chunk of the build;
 *  2. Lighthouse 12 (performance) on every view, mobile and desktop presets, median of 3 runs;
 *  3. with SYNTHETIC datasets 100× and 1000× the real one (same loader: schema and cross-record
 *     checks), the load time and the time from a filter change to the next paint on Overview and
 *     Projects (median of 10);
 *  4. the single file (npm run build:single): its size, what it inlines, and the time from
 *     opening it from disk to Overview's first chart in en, ur and zh (median of 5).
 * Prints tables and writes reports/bench.json. No pass/fail thresholds: the numbers are for
 * reading and comparing against the targets printed beside them.
 *
 * Options: --no-build (measure dist/), --dist=<folder> (measure a build made elsewhere), --quick (1 Lighthouse run, 3 filter changes), --views=overview,projects,
 * --no-lighthouse, --no-scale, --scales=100,1000, --no-single, --single-only (only part 4).
 */
import { execSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { exportReadyTimes, measureFirstVisits } from "./bench/first-visit";
import { runLighthouse } from "./bench/lighthouse";
import {
  BASE,
  CHROME,
  CHROME_FLAGS,
  FILTER_RUNS,
  LIGHTHOUSE_RUNS,
  PORT,
  QUICK,
  arg,
  flag,
  gz,
  kb,
  median,
  round,
} from "./bench/options";
import { runScale } from "./bench/scale";
import { printSingleFile, runSingleFile, type SingleFileResult } from "./bench/single-file";

/** The previous report: a section skipped this time keeps its last measurement. */
function previousReport(): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync("reports/bench.json", "utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
}

if (flag("single-only")) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  const single = await runSingleFile(browser, QUICK ? 3 : 5);
  await browser.close();
  printSingleFile(single);
  const date = new Date().toISOString();
  mkdirSync("reports", { recursive: true });
  writeFileSync(
    "reports/bench.json",
    JSON.stringify({ ...previousReport(), singleFile: { date, ...single } }, null, 2),
  );
  console.log("Written to reports/bench.json");
  process.exit(0);
}

/**
 * The bench builds into a folder of its own, so a build started meanwhile (an e2e run empties
 * dist/) cannot pull files from under it. With --no-build it measures dist/ as it is.
 */
const DIST =
  arg("dist") ?? (flag("no-build") ? "dist" : join(tmpdir(), `cpec-bench-${process.pid}`));
if (!flag("no-build") && !arg("dist"))
  execSync(`npx vite build --outDir ${DIST} --emptyOutDir`, { stdio: "inherit" });

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)],
  );
}

const chunks = walk(DIST)
  .filter((f) => /\.(js|css|json)$/.test(f))
  .map((f) => {
    const buf = readFileSync(f);
    return { file: f.slice(DIST.length + 1), rawKB: kb(buf.length), gzipKB: kb(gz(buf)) };
  })
  .sort((a, b) => b.gzipKB - a.gzipKB);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("preview server did not start");
}

const server = spawn(
  "npx",
  [
    "vite",
    "preview",
    "--outDir",
    DIST,
    "--host",
    "127.0.0.1",
    "--port",
    String(PORT),
    "--strictPort",
  ],
  {
    stdio: "ignore",
    detached: true,
  },
);
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  const firstVisit = await measureFirstVisits(browser, DIST);
  const exportTimes = await exportReadyTimes(browser);
  const lighthouse = flag("no-lighthouse") ? [] : runLighthouse();
  const scale = flag("no-scale") ? [] : await runScale(browser, DIST);
  const single: SingleFileResult | undefined = flag("no-single")
    ? undefined
    : await runSingleFile(browser, QUICK ? 3 : 5);
  await browser.close();

  console.log(
    "\nFirst visit, per view (everything downloaded until the network is idle; gzip level 9; kB = 1000 bytes). Target: Overview JS ≤ 165 kB",
  );
  console.table(firstVisit);
  console.log(
    "\nExport: from opening a figure's Download menu to its ready 16:9 PNG, fresh page loads (ms). Target ≤ 500",
  );
  console.table(
    Object.fromEntries(
      Object.entries(exportTimes).map(([view, runs]) => [
        view,
        {
          median: round(median(runs)),
          min: round(Math.min(...runs)),
          max: round(Math.max(...runs)),
        },
      ]),
    ),
  );
  console.log("\nEvery chunk of the build (gzip kB; the heaviest first)");
  console.table(chunks.slice(0, 40));
  if (lighthouse.length > 0) {
    console.log(
      `\nLighthouse ${LIGHTHOUSE_RUNS > 1 ? `median of ${LIGHTHOUSE_RUNS} runs` : "1 run"} (performance; LCP and TBT in ms; JS transferred in kB). Target mobile: Overview ≥ 98, other views ≥ 95`,
    );
    console.table(lighthouse);
  }
  if (scale.length > 0) {
    console.log(
      `\nSYNTHETIC data: load (fetch + parse + checks + first render) and filter change → next paint (Event Timing, as INP counts it; 16 = at most 16) and → content redrawn ("settled"), median of ${FILTER_RUNS} real clicks (ms). Targets (next paint): ≤ 50 ms at 100×, ≤ 200 ms at 1000×`,
    );
    console.table(scale);
  }
  if (single) printSingleFile(single);
  // A section skipped this time (--no-lighthouse, --no-scale, --no-single) keeps its last measurement.
  const previous = previousReport();
  const date = new Date().toISOString();
  mkdirSync("reports", { recursive: true });
  writeFileSync(
    "reports/bench.json",
    JSON.stringify(
      {
        date,
        firstVisit,
        exportReadyMs: Object.fromEntries(
          Object.entries(exportTimes).map(([view, runs]) => [
            view,
            { median: round(median(runs)), runs: runs.map((x) => round(x)) },
          ]),
        ),
        chunks,
        lighthouse: lighthouse.length > 0 ? { date, rows: lighthouse } : previous.lighthouse,
        syntheticScale: scale.length > 0 ? { date, rows: scale } : previous.syntheticScale,
        singleFile: single ? { date, ...single } : previous.singleFile,
      },
      null,
      2,
    ),
  );
  console.log("Written to reports/bench.json");
} finally {
  if (server.pid) process.kill(-server.pid);
  if (DIST !== "dist" && !arg("dist")) rmSync(DIST, { recursive: true, force: true });
}
