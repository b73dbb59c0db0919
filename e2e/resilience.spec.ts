import { expect, test, type Page } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { PARAM_NAMES, VIEWS, watchPage } from "./helpers";

/**
 * Bad input never costs the user what they had: a bad data file is refused with its reason while
 * the bundled data stays, a good one replaces it until they return, and a hand-edited URL gives
 * the nearest valid view with a notice.
 */

const bundledHeader = /^Dataset \d+\.\d+\.\d+ · data as of/;

async function openDialog(page: Page) {
  await page.getByRole("button", { name: "Open data file" }).click();
  return page.getByRole("dialog", { name: "Open your own data file" });
}

type Bundled = {
  projects: { id: string; name: string; sector: string }[];
  documents: { id: string; projectIds: string[] }[];
};

async function bundledJson(page: Page): Promise<Bundled> {
  const response = await page.request.get("./data/cpec-dataset.json");
  return (await response.json()) as Bundled;
}

test.describe("opening a data file", () => {
  test("every bad file gets its own message and the bundled data stays", async ({
    page,
  }, testInfo) => {
    const problems = watchPage(page);
    await page.goto("./?view=projects");
    await expect(page.getByText(bundledHeader)).toBeVisible();
    const count = page.getByText(/^\d+ of \d+ projects$/);
    const before = await count.textContent();
    const data = await bundledJson(page);

    const wrongSchema = structuredClone(data) as unknown as { projects: { sector: string }[] };
    wrongSchema.projects[0]!.sector = "mining";
    const duplicate = structuredClone(data);
    duplicate.projects[1]!.id = duplicate.projects[0]!.id;
    const dangling = structuredClone(data);
    dangling.documents[0]!.projectIds = ["no-such-project"];

    // A 50 MB file goes through a path: it must be refused by its size before it is read.
    const dir = testInfo.outputPath("files");
    mkdirSync(dir, { recursive: true });
    const big = join(dir, "huge.json");
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));

    const cases: { file: Parameters<Page["setInputFiles"]>[1]; message: RegExp }[] = [
      {
        file: { name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{ oops") },
        message:
          /“notes\.json” has 1 problem[\s\S]*notes\.json:\(file\):\(record\): not valid JSON/,
      },
      {
        file: {
          name: "schema.json",
          mimeType: "application/json",
          buffer: Buffer.from(JSON.stringify(wrongSchema)),
        },
        message: new RegExp(
          `schema\\.json:projects/${data.projects[0]!.id}:sector: Invalid option`,
        ),
      },
      {
        file: {
          name: "dup.json",
          mimeType: "application/json",
          buffer: Buffer.from(JSON.stringify(duplicate)),
        },
        message: new RegExp(
          `dup\\.json:projects/${data.projects[0]!.id}:id: duplicate id "${data.projects[0]!.id}"`,
        ),
      },
      {
        file: {
          name: "dangling.json",
          mimeType: "application/json",
          buffer: Buffer.from(JSON.stringify(dangling)),
        },
        message: new RegExp(
          `dangling\\.json:documents/${data.documents[0]!.id}:projectIds\\.0: refers to unknown projects id "no-such-project"`,
        ),
      },
      { file: big, message: /“huge\.json” is 50 MB, over the limit of 20 MB, so it was not read/ },
      {
        file: { name: "empty.json", mimeType: "application/json", buffer: Buffer.alloc(0) },
        message: /“empty\.json” is empty/,
      },
      {
        file: {
          name: "photo.png",
          mimeType: "image/png",
          buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        },
        message: /“photo\.png” is not a text file/,
      },
      {
        file: { name: "projects.csv", mimeType: "text/csv", buffer: Buffer.from("id,name\nx,y\n") },
        message: /projects\.csv: header \(row 1\): missing columns "name_ur", "name_zh", "sector"/,
      },
    ];

    const dialog = await openDialog(page);
    for (const { file, message } of cases) {
      await dialog.getByLabel("Choose a file").setInputFiles(file);
      const alert = dialog.getByRole("alert");
      await expect(alert).toContainText(message);
      await expect(alert).toContainText("Nothing was changed");
    }
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByText(bundledHeader)).toBeVisible();
    await expect(page.getByText(/Showing your file/)).toHaveCount(0);
    await expect(count).toHaveText(before!);
    expect(problems).toEqual([]);
  });

  test("a good file replaces the data across reloads until the user returns", async ({ page }) => {
    const problems = watchPage(page);
    await page.goto("./?view=projects");
    const data = await bundledJson(page);
    const renamed = structuredClone(data);
    renamed.projects[0]!.name = "Renamed Test Project";

    const dialog = await openDialog(page);
    await dialog.getByLabel("Choose a file").setInputFiles({
      name: "good.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(renamed)),
    });
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByText("Showing your file “good.json”")).toBeVisible();
    await page.goto("./?view=projects&q=Renamed%20Test");
    await expect(page.getByText("Showing your file “good.json”")).toBeVisible();
    await expect(page.getByRole("main").getByText("Renamed Test Project").first()).toBeVisible();

    await page.getByRole("button", { name: "Return to the bundled data" }).click();
    await expect(page.getByText(/Showing your file/)).toHaveCount(0);
    await expect(page.getByRole("main").getByText("Renamed Test Project")).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(bundledHeader)).toBeVisible();
    await expect(page.getByText(/Showing your file/)).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test("a CSV of projects replaces the projects across reloads; a bad one changes nothing", async ({
    page,
  }) => {
    const problems = watchPage(page);
    const data = await bundledJson(page);
    const transport = new Set(
      data.projects.filter((p) => p.sector === "transport").map((p) => p.id),
    );
    const linksOut = data.documents
      .flatMap((d) => d.projectIds)
      .filter((id) => !transport.has(id)).length;

    // The user's own flow: download the transport projects as CSV from Sources, open that file.
    await page.goto("./?view=sources&sector=transport");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /^Projects \(CSV\), Current selection:/ }).click(),
    ]);
    const csv = readFileSync(await download.path(), "utf8");

    await page.goto("./?view=projects");
    const count = page.getByText(/^\d+ of \d+ projects$/);
    const before = await count.textContent();

    // A bad copy: a decimal comma and a sector that does not exist. Nothing changes.
    const lines = csv.replace(/^\ufeff/, "").split("\r\n");
    const table = Papa.parse<Record<string, string>>(lines.slice(2).join("\r\n"), {
      header: true,
      skipEmptyLines: true,
    });
    const [first, second] = table.data;
    first!.cost_usd_millions = "12,5";
    second!.sector = "mining";
    const bad = [...lines.slice(0, 2), Papa.unparse(table.data, { newline: "\r\n" })].join("\r\n");
    let dialog = await openDialog(page);
    await dialog.getByLabel("Choose a file").setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(bad),
    });
    const alert = dialog.getByRole("alert");
    await expect(alert).toContainText("“bad.csv” has 2 problems, so it was not opened.");
    await expect(alert).toContainText(
      `bad.csv: row 4 (id "${first!.id}"): cost_usd_millions: expected a number, got "12,5"`,
    );
    await expect(alert).toContainText(
      `bad.csv: row 5 (id "${second!.id}"): sector: Invalid option: expected one of`,
    );
    await expect(alert).toContainText("Nothing was changed");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(count).toHaveText(before!);
    await expect(page.getByText(bundledHeader)).toBeVisible();

    // The downloaded file itself opens: its projects in place of the bundled ones.
    dialog = await openDialog(page);
    await dialog.getByLabel("Choose a file").setInputFiles({
      name: "transport.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    const status = dialog.getByRole("status");
    await expect(status).toContainText(
      `Opened “transport.csv”: ${transport.size} projects from your file, shown with the bundled documents, meetings and working groups.`,
    );
    await expect(status).toContainText(
      `${linksOut} links from bundled documents to projects that are not in your file were left out.`,
    );
    await dialog.getByRole("button", { name: "Close" }).click();
    const showing = page.getByText("Showing projects from your file “transport.csv”");
    await expect(showing).toBeVisible();
    await expect(count).toHaveText(`${transport.size} of ${transport.size} projects`);
    await page.reload();
    await expect(showing).toBeVisible();
    await expect(count).toHaveText(`${transport.size} of ${transport.size} projects`);

    await page.getByRole("button", { name: "Return to the bundled data" }).click();
    await expect(page.getByText(/Showing projects from your file/)).toHaveCount(0);
    await expect(count).toHaveText(before!);
    expect(problems).toEqual([]);
  });

  test("a file can be dropped on the dialog", async ({ page }) => {
    await page.goto("./");
    const data = await bundledJson(page);
    const dialog = await openDialog(page);
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.json", { type: "application/json" }));
      return dt;
    }, JSON.stringify(data));
    await dialog.dispatchEvent("dragover", { dataTransfer: transfer });
    await dialog.dispatchEvent("drop", { dataTransfer: transfer });
    await expect(page.getByText("Showing your file “dropped.json”")).toBeVisible();
    await page.getByRole("button", { name: "Return to the bundled data" }).click();
    await expect(page.getByText(/Showing your file/)).toHaveCount(0);
  });
});

test.describe("hand-edited URLs", () => {
  const cases: { search: string; says: string[] }[] = [
    { search: "?sector=mining", says: ["Ignored sector “mining”: not a sector."] },
    { search: "?from=2022&to=2016", says: ["Years 2022–2016 read as 2016–2022."] },
    { search: "?project=x", says: ["No project has id “x”."] },
    { search: "?view=admin&view=map", says: ["Ignored view “admin”: not a view."] },
    {
      search: "?view=projects&sector=energy&sector=transport",
      says: ["“sector” was given 2 times: used the first, “energy”."],
    },
    {
      search: `?q=${"x".repeat(5000)}`,
      says: ["Cut search text to its first 100 characters (it had 5,000)."],
    },
    {
      search:
        "?view=%3Cscript%3Ealert(1)%3C/script%3E&status=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
      says: ["Ignored view “<script>alert(1)</script>”: not a view."],
    },
    { search: "?from=abc&to=99999", says: ["Ignored start year “abc”"] },
    { search: "?view=map&mapzoom=1e308&mapx=NaN", says: ["Ignored map zoom “1e308”"] },
    { search: "?view=timeline&tfrom=2017-13&titem=meeting:nope", says: ["No timeline item"] },
    { search: "?view=documents&doc=..%2F..%2Fetc&docsort=evil", says: ["not a record id"] },
    { search: "?%00=%00&lang=xx", says: ["Ignored language “xx”"] },
  ];
  for (const { search, says } of cases) {
    test(`${search.slice(0, 60)} gives a notice and no page error`, async ({ page }) => {
      const problems = watchPage(page);
      page.on("dialog", (d) => {
        problems.push(`a script ran: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`./${search}`);
      const notice = page.getByRole("status").filter({ hasText: "could not be used as written" });
      for (const text of says) await expect(notice).toContainText(text);
      await expect(page.getByRole("navigation", { name: "Views" })).toBeVisible();
      // An unknown project id also opens the detail panel's own "not found" dialog: close it first.
      if ((await page.getByRole("dialog").count()) > 0) await page.keyboard.press("Escape");
      await notice.getByRole("button", { name: "Dismiss" }).click();
      await expect(notice).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }
});

/**
 * No address blanks the page: every view, with the names of Object's own properties and text
 * wrapped in bidirectional controls as the view, as unknown parameters and as the value of every
 * parameter the dashboard reads. The shell, the view's content and a notice are always there.
 */
test.describe("no address blanks the page", () => {
  const NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"];
  const BIDI = "\u202enimda\u2066x\u2069\u200b";

  for (const name of NAMES) {
    test(`?view=${name} opens Overview with a notice`, async ({ page }) => {
      const problems = watchPage(page);
      await page.goto(`./?view=${name}`);
      await expect(page.getByRole("link", { name: "Overview" })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText(
        `Ignored view “${name}”: not a view.`,
      );
      expect(problems).toEqual([]);
    });
  }

  for (const view of VIEWS) {
    test(`${view}: prototype names and bidi controls in every parameter`, async ({ page }) => {
      const problems = watchPage(page);
      for (const value of [...NAMES, BIDI]) {
        const params = new URLSearchParams({ view });
        for (const param of PARAM_NAMES) if (param !== "view") params.set(param, value);
        params.set(value, value);
        await page.goto(`./?${params.toString()}`);
        const nav = page.getByRole("navigation", { name: "Views" });
        await expect(nav).toBeVisible();
        const label = view.charAt(0).toUpperCase() + view.slice(1);
        await expect(nav.getByRole("link", { name: label })).toHaveAttribute(
          "aria-current",
          "page",
        );
        const notice = page.getByRole("status").filter({ hasText: "could not be used" });
        await expect(notice).toBeVisible();
        // Quoted back without its invisible characters: "‮nimda" cannot read as "admin".
        if (value === BIDI) {
          await expect(notice).toContainText("“nimdax”");
          expect(await notice.textContent()).not.toMatch(
            /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/,
          );
        }
        // The view drew something of its own: a heading inside the main region.
        await expect(page.getByRole("main").getByRole("heading").first()).toBeVisible();
      }
      expect(problems).toEqual([]);
    });
  }
});
