import { gzipSync } from "node:zlib";

/** The bench's options (from the command line), browser, server and small helpers. */
export const PORT = 4179;
export const BASE = `http://127.0.0.1:${PORT}/`;
export const ALL_VIEWS = [
  "overview",
  "projects",
  "timeline",
  "map",
  "meetings",
  "documents",
  "sources",
];
export const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
export const flag = (name: string) => process.argv.includes(`--${name}`);
export const QUICK = flag("quick");
export const VIEWS =
  arg("views")
    ?.split(",")
    .filter((v) => ALL_VIEWS.includes(v)) ?? ALL_VIEWS;
export const SCALES = (arg("scales") ?? "100,1000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
export const LIGHTHOUSE_RUNS = QUICK ? 1 : 3;
export const FILTER_RUNS = QUICK ? 3 : 10;
export const SEED = 20260101;
export const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const CHROME_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
/** Content types of the files the scale server sends. */
export const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;
export const viewUrl = (base: string, view: string) =>
  view === "overview" ? base : `${base}?view=${view}`;
export const kb = (bytes: number) => Math.round((bytes / 1000) * 10) / 10;
export const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
