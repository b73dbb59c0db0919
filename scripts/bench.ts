/**
 * npm run bench — builds the app, then measures in Chromium what a first visit to each view
 * downloads (JS and CSS, gzip), and lists every chunk of the build with its gzip size.
 * Prints tables and writes reports/bench.json. No pass/fail thresholds: the numbers are for
 * reading and comparing.
 */
import { execSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}/`;
const VIEWS = ["overview", "projects", "timeline", "map", "meetings", "documents", "sources"];
const kb = (bytes: number) => Math.round((bytes / 1000) * 10) / 10;
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

if (!process.argv.includes("--no-build")) execSync("npx vite build", { stdio: "inherit" });

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)],
  );
}

const chunks = walk("dist")
  .filter((f) => /\.(js|css|json)$/.test(f))
  .map((f) => {
    const buf = readFileSync(f);
    return { file: f.replace(/^dist\//, ""), rawKB: kb(buf.length), gzipKB: kb(gz(buf)) };
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
  ["vite", "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"],
  {
    stdio: "ignore",
    detached: true,
  },
);
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const firstVisit: {
    view: string;
    jsGzipKB: number;
    cssGzipKB: number;
    jsFiles: number;
    dataGzipKB: number;
  }[] = [];
  for (const view of VIEWS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = new Map<string, string>();
    page.on("response", (r) => seen.set(new URL(r.url()).pathname, r.request().resourceType()));
    await page.goto(view === "overview" ? BASE : `${BASE}?view=${view}`, {
      waitUntil: "networkidle",
    });
    await page.waitForTimeout(300);
    let js = 0;
    let css = 0;
    let data = 0;
    let jsFiles = 0;
    for (const path of seen.keys()) {
      const local = join("dist", decodeURIComponent(path));
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
    firstVisit.push({ view, jsGzipKB: kb(js), cssGzipKB: kb(css), jsFiles, dataGzipKB: kb(data) });
    await context.close();
  }
  await browser.close();

  console.log(
    "\nFirst visit, per view (everything downloaded until the network is idle; gzip level 9; kB = 1000 bytes)",
  );
  console.table(firstVisit);
  console.log("\nEvery chunk of the build");
  console.table(chunks);
  mkdirSync("reports", { recursive: true });
  writeFileSync(
    "reports/bench.json",
    JSON.stringify({ date: new Date().toISOString(), firstVisit, chunks }, null, 2),
  );
  console.log("Written to reports/bench.json");
} finally {
  if (server.pid) process.kill(-server.pid);
}
