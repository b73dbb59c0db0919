import { expect, test, type Page } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { watchPage } from "./helpers";

/**
 * Bad input never costs the user what they had: a bad data file is refused with its reason while
 * the bundled data stays, and a good one replaces it until they return.
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
    const count = page.getByText(/^\d+ of \d+ projects/).first();
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

  test("a file with 10,000 bad records lists its problems while the page keeps answering", async ({
    page,
  }) => {
    const problems = watchPage(page);
    await page.goto("./?view=projects");
    await expect(page.getByText(bundledHeader)).toBeVisible();
    const data = (await bundledJson(page)) as unknown as { projects: Record<string, unknown>[] };
    const template = data.projects[0]! as { sources: unknown[] };
    // A bundled project with one source and no conflicts (~0.7 kB), and one bad value each.
    data.projects = data.projects.concat(
      Array.from({ length: 10_000 }, (_, i) => ({
        ...template,
        id: `bad-${i}`,
        conflicts: [],
        sources: template.sources.slice(0, 1),
        capacity: { value: -5, unit: "MW" },
      })),
    );
    const buffer = Buffer.from(JSON.stringify(data));
    expect(buffer.length).toBeLessThan(20 * 1024 * 1024);
    const dialog = await openDialog(page);
    await dialog.getByLabel("Choose a file").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer,
    });
    // While the worker checks, the page's own thread answers within 200 ms, every time.
    const delays: number[] = [];
    while ((await dialog.getByRole("alert").count()) === 0) {
      delays.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const start = performance.now();
              setTimeout(() => resolve(performance.now() - start), 0);
            }),
        ),
      );
    }
    expect(delays.length).toBeGreaterThan(0);
    expect(Math.max(...delays)).toBeLessThan(200);
    const alert = dialog.getByRole("alert");
    await expect(alert).toContainText("“broken.json” has 10,000 problems, so it was not opened.");
    await expect(alert.getByRole("listitem")).toHaveCount(200);
    await expect(alert).toContainText("…and 9,800 more problems.");
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      alert.getByRole("button", { name: "Download the full list (10,000 problems)" }).click(),
    ]);
    expect(file.suggestedFilename()).toBe("broken-problems.txt");
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
    const count = page.getByText(/^\d+ of \d+ projects/).first();
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
    // Every project the CSV holds is counted or named as counted within another record.
    await expect(count).toHaveText(/^(\d+) of \1 projects/);
    await page.reload();
    await expect(showing).toBeVisible();
    // Every project the CSV holds is counted or named as counted within another record.
    await expect(count).toHaveText(/^(\d+) of \1 projects/);

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
