import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BASE,
  CHROME,
  CHROME_FLAGS,
  LIGHTHOUSE_RUNS,
  VIEWS,
  kb,
  median,
  round,
  viewUrl,
} from "./options";

/** Lighthouse's performance score, LCP, TBT and JS size for one view and preset (median of runs). */
export interface LighthouseRow {
  view: string;
  preset: "mobile" | "desktop";
  runs: number;
  performance: number;
  lcpMs: number;
  tbtMs: number;
  jsTransferredKB: number;
}

/** Lighthouse on every view, mobile and desktop presets, median of LIGHTHOUSE_RUNS runs. */
export function runLighthouse(): LighthouseRow[] {
  const rows: LighthouseRow[] = [];
  const out = join(tmpdir(), `cpec-lh-${process.pid}.json`);
  for (const view of VIEWS) {
    for (const preset of ["mobile", "desktop"] as const) {
      const runs: { score: number; lcp: number; tbt: number; js: number }[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const cmd = [
          "npx lighthouse",
          JSON.stringify(viewUrl(BASE, view)),
          "--quiet",
          `--chrome-flags="--headless=new ${CHROME_FLAGS.join(" ")}"`,
          "--only-categories=performance",
          "--output=json",
          `--output-path=${out}`,
          preset === "desktop" ? "--preset=desktop" : "",
        ].join(" ");
        execSync(cmd, { stdio: "ignore", env: { ...process.env, CHROME_PATH: CHROME } });
        const report = JSON.parse(readFileSync(out, "utf8")) as {
          categories: { performance: { score: number } };
          audits: Record<
            string,
            {
              numericValue?: number;
              details?: { items?: { resourceType?: string; transferSize?: number }[] };
            }
          >;
        };
        const summary = report.audits["resource-summary"]?.details?.items ?? [];
        runs.push({
          score: report.categories.performance.score * 100,
          lcp: report.audits["largest-contentful-paint"]?.numericValue ?? NaN,
          tbt: report.audits["total-blocking-time"]?.numericValue ?? NaN,
          js: summary.find((x) => x.resourceType === "script")?.transferSize ?? NaN,
        });
      }
      const row: LighthouseRow = {
        view,
        preset,
        runs: runs.length,
        performance: round(median(runs.map((r) => r.score))),
        lcpMs: round(median(runs.map((r) => r.lcp))),
        tbtMs: round(median(runs.map((r) => r.tbt))),
        jsTransferredKB: kb(median(runs.map((r) => r.js))),
      };
      console.log(`lighthouse ${view} ${preset}: ${row.performance}`);
      rows.push(row);
    }
  }
  return rows;
}
