import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isCheckedAtBuild, loadDataset } from "./fetch-dataset";

const bundledText = readFileSync("public/data/cpec-dataset.json", "utf8");

function serve(text: string) {
  vi.stubGlobal(
    "fetch",
    vi.fn(() => Promise.resolve(new Response(text, { status: 200 }))),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("the bundled dataset's build-time check", () => {
  it("the build checked the bundled file and recorded its digest", async () => {
    expect(import.meta.env.VITE_DATASET_SHA256).toMatch(/^[0-9a-f]{64}$/);
    expect(await isCheckedAtBuild(bundledText)).toBe(true);
  });

  it("a file changed by one byte is not the checked one", async () => {
    expect(await isCheckedAtBuild(bundledText.replace('"version"', '"version" '))).toBe(false);
  });

  it("the checked file loads as it is", async () => {
    serve(bundledText);
    const dataset = await loadDataset();
    expect(dataset.projects).toHaveLength(JSON.parse(bundledText).projects.length);
  });

  it("a file edited after the build is checked in full and its problem located", async () => {
    const edited = JSON.parse(bundledText);
    edited.projects[0].cost = { usdMillions: "a lot" };
    serve(JSON.stringify(edited));
    await expect(loadDataset()).rejects.toThrow(
      new RegExp(`cpec-dataset\\.json:projects/${edited.projects[0].id}:cost\\.`),
    );
  });
});
