import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/**
 * Opens the file from disk (file://) in a fresh browser context, `runs` times, and measures the
 * time from navigation start to the frame in which Overview's first chart has its marks (an SVG
 * in a figure's body with a bar or line of non-zero size), at 1440×900.
 */
export async function firstChartTimes(browser: Browser, file: string, runs = 5, query = "") {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(FIRST_CHART_PROBE);
    await page.goto(pathToFileURL(file).href + query);
    times.push(
      await page.evaluate(
        () => (window as unknown as { __firstChart: Promise<number> }).__firstChart,
      ),
    );
    await context.close();
  }
  return times;
}

/** The single file's size, what it carries and its time to the first chart, for the bench. */
export async function measureSingleFile(browser: Browser, file: string, runs = 5) {
  const analysis = analyseSingleFile(readFileSync(file, "utf8"));
  const runsMs = (await firstChartTimes(browser, file, runs)).map((t) => round(t));
  return {
    bytes: analysis.bytes,
    sizeKB: kb(analysis.bytes),
    scriptKB: kb(analysis.scriptBytes),
    styleKB: kb(analysis.styleBytes),
    duplicatePayloads: analysis.duplicatePayloads,
    duplicateKB: kb(analysis.duplicateBytes),
    payloads: analysis.payloads.map((p) => ({ kind: p.kind, count: p.count, kB: kb(p.bytes) })),
    firstChartMs: { median: round(median(runsMs)), runs: runsMs },
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
    const measured = await measureSingleFile(browser, file, runs);
    const languages: Record<string, { median: number; runs: number[] }> = {
      en: measured.firstChartMs,
    };
    for (const lang of ["ur", "zh"]) {
      const times = (await firstChartTimes(browser, file, runs, `?lang=${lang}`)).map((t) =>
        round(t),
      );
      languages[lang] = { median: round(median(times)), runs: times };
    }
    return { ...measured, firstChartMs: languages };
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
    `Time to Overview's first chart, 1440×900, median of ${result.firstChartMs.en!.runs.length} fresh opens (ms). Target < ${maxFirstChartMs}`,
  );
  console.table(result.firstChartMs);
}
