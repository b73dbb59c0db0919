import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "@playwright/test";
import { kb, median, round } from "./options";

/** Targets of issue #19 for the single file, on this machine. */
export const SINGLE_FILE_TARGETS = { maxBytes: 6_000_000, maxFirstChartMs: 1500 };

interface Payload {
  kind: string;
  bytes: number;
  count: number;
}

/** What a piece of inlined data is: a font by family and weight, or its media type. */
function describe(html: string, at: number, mime: string): string {
  if (!mime.startsWith("font/")) return mime;
  const rule = html.slice(html.lastIndexOf("@font-face", at), at);
  const family = /font-family:\s*['"]?([^;'"]+)/.exec(rule)?.[1] ?? "?";
  const weight = /font-weight:\s*(\d+)/.exec(rule)?.[1] ?? "?";
  return `${mime} ${family} ${weight}`;
}

/**
 * What the single file carries: its base64 payloads (fonts by family and weight, images) and
 * its scripts and style sheets by size, and any payload that appears more than once.
 */
export function analyseSingleFile(html: string) {
  const payloads = new Map<string, Payload>();
  const seen = new Map<string, number>();
  let duplicateBytes = 0;
  for (const m of html.matchAll(/data:([a-z0-9/+.-]+)(?:;[^,"')]*)?,([A-Za-z0-9+/=]{256,})/g)) {
    const kind = describe(html, m.index, m[1]!);
    const entry = payloads.get(kind) ?? { kind, bytes: 0, count: 0 };
    entry.bytes += m[0].length;
    entry.count += 1;
    payloads.set(kind, entry);
    const hash = createHash("sha1").update(m[2]!).digest("hex");
    const times = (seen.get(hash) ?? 0) + 1;
    if (times > 1) duplicateBytes += m[0].length;
    seen.set(hash, times);
  }
  const blocks = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))].map(
      (m) => m[1]!.length,
    );
  return {
    bytes: Buffer.byteLength(html),
    scriptBytes: blocks("script").reduce((a, b) => a + b, 0),
    styleBytes: blocks("style").reduce((a, b) => a + b, 0),
    duplicatePayloads: [...seen.values()].filter((n) => n > 1).length,
    duplicateBytes,
    payloads: [...payloads.values()].sort((a, b) => b.bytes - a.bytes),
  };
}

/**
 * Set before the page's own code runs: resolves with the time of the first animation frame in
 * which a figure's body holds a bar or line of non-zero size. (A string, not a function: tsx's
 * name helper does not exist in the page.)
 */
const FIRST_CHART_PROBE = `window.__firstChart = new Promise((resolve) => {
  const look = () => {
    for (const mark of document.querySelectorAll(
      "section[data-figure] [data-figure-body] svg :is(path, rect)",
    )) {
      const box = mark.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return resolve(performance.now());
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
});`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
}

/**
 * The renderer's main-thread CPU time (its tasks' thread time, in a Chromium trace) from
 * navigation start to `untilMs` after it.
 */
function mainThreadCpuMs(tracePath: string, untilMs: number): number {
  const events = (JSON.parse(readFileSync(tracePath, "utf8")) as { traceEvents: TraceEvent[] })
    .traceEvents;
  const parse = events.find((e) => e.name === "ParseHTML");
  if (!parse) return NaN;
  const start =
    events.find((e) => e.name === "navigationStart" && e.pid === parse.pid)?.ts ?? parse.ts;
  const tasks = events.filter(
    (e) =>
      e.pid === parse.pid &&
      e.tid === parse.tid &&
      e.ph === "X" &&
      e.name === "ThreadControllerImpl::RunTask" &&
      e.ts >= start &&
      e.ts < start + untilMs * 1000,
  );
  return tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}

/**
 * Opens the file from disk (file://) in a fresh browser context, `runs` times, and measures the
 * time from navigation start to the frame in which Overview's first chart has its marks (an SVG
 * in a figure's body with a bar or line of non-zero size), at 1440×900; and the page's
 * main-thread CPU time until then, which other work on a shared machine does not lengthen.
 */
export async function firstChartTimes(browser: Browser, file: string, runs = 5, query = "") {
  const wall: number[] = [];
  const cpu: number[] = [];
  const trace = join(mkdtempSync(join(tmpdir(), "cpec-trace-")), "trace.json");
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(FIRST_CHART_PROBE);
    await browser.startTracing(page, {
      path: trace,
      categories: ["devtools.timeline", "toplevel", "blink.user_timing"],
    });
    await page.goto(pathToFileURL(file).href + query);
    const chart = await page.evaluate(
      () => (window as unknown as { __firstChart: Promise<number> }).__firstChart,
    );
    await browser.stopTracing();
    wall.push(round(chart));
    cpu.push(round(mainThreadCpuMs(trace, chart)));
    await context.close();
  }
  rmSync(dirname(trace), { recursive: true, force: true });
  return {
    median: round(median(wall)),
    mainThreadCpuMedian: round(median(cpu)),
    runs: wall,
    mainThreadCpuRuns: cpu,
  };
}

/**
 * Builds the single file (vite.single.config.ts) into a folder of its own and measures it: its
 * size and what it carries, and the time to Overview's first chart in English, Urdu and Chinese.
 */
export async function runSingleFile(browser: Browser, runs = 5) {
  const dir = mkdtempSync(join(tmpdir(), "cpec-bench-single-"));
  try {
    execSync(`npx vite build -c vite.single.config.ts --outDir ${dir} --emptyOutDir`, {
      stdio: ["ignore", "ignore", "inherit"],
    });
    const file = join(dir, "index.html");
    const analysis = analyseSingleFile(readFileSync(file, "utf8"));
    const firstChartMs: Record<string, Awaited<ReturnType<typeof firstChartTimes>>> = {};
    for (const lang of ["en", "ur", "zh"])
      firstChartMs[lang] = await firstChartTimes(
        browser,
        file,
        runs,
        lang === "en" ? "" : `?lang=${lang}`,
      );
    return {
      sizeKB: kb(analysis.bytes),
      scriptKB: kb(analysis.scriptBytes),
      styleKB: kb(analysis.styleBytes),
      duplicatePayloads: analysis.duplicatePayloads,
      duplicateKB: kb(analysis.duplicateBytes),
      payloads: analysis.payloads.map((p) => ({ kind: p.kind, count: p.count, kB: kb(p.bytes) })),
      firstChartMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type SingleFileResult = Awaited<ReturnType<typeof runSingleFile>>;

export function printSingleFile(result: SingleFileResult): void {
  const { maxBytes, maxFirstChartMs } = SINGLE_FILE_TARGETS;
  console.log(
    `\nSingle file (npm run build:single), opened from disk: ${result.sizeKB} kB (target < ${maxBytes / 1000} kB); scripts ${result.scriptKB} kB, styles ${result.styleKB} kB; ${result.duplicatePayloads} payloads inlined more than once (${result.duplicateKB} kB)`,
  );
  console.table(result.payloads);
  console.log(
    `Time to Overview's first chart, 1440×900, median of ${result.firstChartMs.en!.runs.length} fresh opens, and the page's main-thread CPU time until then (ms; load average ${loadavg()[0]!.toFixed(1)}). Target < ${maxFirstChartMs}`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(result.firstChartMs).map(([lang, t]) => [
        lang,
        { median: t.median, mainThreadCpu: t.mainThreadCpuMedian, runs: t.runs.join(" ") },
      ]),
    ),
  );
}
