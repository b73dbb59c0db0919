import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderFirstScreen } from "./first-screen";

const text = readFileSync("public/data/cpec-dataset.json", "utf8");
const dataset = JSON.parse(text) as { metadata: { version: string } };
const DAY = Date.UTC(2026, 10, 27);

describe("renderFirstScreen", () => {
  it("draws the Overview's first screen from the bundled data, as plain markup", async () => {
    const html = await renderFirstScreen("overview", text, DAY);
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(doc.querySelector("h1")?.textContent).toBe("Overview");
    expect(doc.body.textContent).toContain(`Dataset ${dataset.metadata.version} · data as of`);
    expect(doc.querySelector('nav a[aria-current="page"]')?.textContent).toBe("Overview");
    expect(html).not.toMatch(/<script/);
  });

  it("leaves the map itself to the browser: its place is held, the rest of the view is drawn", async () => {
    const html = await renderFirstScreen("map", text, DAY);
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(doc.querySelector("h1")?.textContent).toMatch(/map/i);
    expect(doc.querySelector('[role="status"]')?.textContent).toBe("Loading the map…");
    expect(doc.querySelector("svg[aria-label]")).toBeNull();
    // Marked so the app, taking the screen over, draws the map without reporting an error.
    expect(html).toContain('<!--$!--><template data-dgst="client-only"');
    expect(html).not.toMatch(/<script|<!--\$\?/);
  });

  it("refuses a dataset that fails its checks", async () => {
    const broken = JSON.parse(text) as { projects: { id: string }[] };
    broken.projects[1]!.id = broken.projects[0]!.id;
    await expect(renderFirstScreen("overview", JSON.stringify(broken), DAY)).rejects.toThrow(
      /duplicate|id/i,
    );
  });
});
