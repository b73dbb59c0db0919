import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { expectNoAxeViolations, goOn, watchPage } from "./helpers";

interface Dataset {
  metadata: { version: string; releaseDate: string; citation: string };
  projects: { id: string; sector: string }[];
  meetings: unknown[];
}
const dataset = JSON.parse(readFileSync("public/data/cpec-dataset.json", "utf8")) as Dataset;
const { version, releaseDate, citation } = dataset.metadata;

async function download(page: Page, name: string | RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name }).click(),
  ]);
  const path = await file.path();
  return {
    filename: file.suggestedFilename(),
    text: readFileSync(path, "utf8").replace(/^\ufeff/, ""),
  };
}

test("shows the version, citation, definitions and sources", async ({ page }) => {
  const problems = watchPage(page);
  await page.goto("./?view=sources");
  await expect(page.getByText(citation, { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How totals are counted" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Every source" })).toBeVisible();
  // The list is far down the page: drawn when the reader goes on.
  await goOn(page);
  await expect(page.getByText(/^Cited by \d+ records?:$/).first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("copy citation puts it on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./?view=sources");
  await page.getByRole("button", { name: "Copy citation" }).click();
  await expect(page.getByText("Citation copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
});

test("the full projects CSV has the version line and one row per project", async ({ page }) => {
  await page.goto("./?view=sources");
  const { filename, text } = await download(page, /^Projects \(CSV\), Full dataset:/);
  expect(filename).toBe(`cpec-projects_${version}_${releaseDate}.csv`);
  const lines = text.split("\r\n");
  expect(lines[0]).toMatch(
    new RegExp(`^# .* ${version.replace(/\./g, "\\.")}, released ${releaseDate}.*filters: none$`),
  );
  expect(lines[1]).toContain(citation);
  const parsed = Papa.parse<Record<string, string>>(text, {
    comments: "#",
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields?.slice(0, 8)).toEqual([
    "id",
    "name",
    "name_ur",
    "name_zh",
    "sector",
    "subtype",
    "provinces",
    "status",
  ]);
  // Every source is carried whole (publisher, title, date, URL), so the file can be opened again.
  expect(parsed.meta.fields).toEqual(
    expect.arrayContaining(["source_publishers", "source_titles", "source_dates", "source_urls"]),
  );
  expect(parsed.data.map((r) => r.id)).toEqual(dataset.projects.map((p) => p.id));
});

test("the selection CSV writes its filters and holds only the matching projects", async ({
  page,
}) => {
  await page.goto("./?view=sources&sector=energy");
  const { filename, text } = await download(page, /^Projects \(CSV\), Current selection:/);
  expect(filename).toBe(`cpec-projects-selection_${version}_${releaseDate}.csv`);
  expect(text.split("\r\n")[0]).toMatch(/filters: sector=energy$/);
  const rows = Papa.parse<Record<string, string>>(text, {
    comments: "#",
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows).toHaveLength(dataset.projects.filter((p) => p.sector === "energy").length);
  expect(new Set(rows.map((r) => r.sector))).toEqual(new Set(["energy"]));
});

test("the meetings CSV and the JSON dataset download whole", async ({ page }) => {
  await page.goto("./?view=sources");
  const meetings = await download(page, /^Meetings \(CSV\), Full dataset:/);
  const rows = Papa.parse(meetings.text, {
    comments: "#",
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows).toHaveLength(dataset.meetings.length);
  const json = await download(page, /^Dataset \(JSON\), Full dataset:/);
  expect(json.filename).toBe(`cpec-dataset_${version}_${releaseDate}.json`);
  expect((JSON.parse(json.text) as Dataset).projects).toHaveLength(dataset.projects.length);
});

for (const scheme of ["light", "dark"] as const) {
  test(`no axe violations, ${scheme}`, async ({ page }) => {
    // axe walks every node of a long page; on a loaded machine that takes more than the default 30 s.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./?view=sources");
    await expect(page.getByRole("heading", { name: "Every source" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
