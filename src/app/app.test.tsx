import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeDataset, makeMetadata, makeProject } from "@/data/fixtures";
import { App } from "./app";

function serve(body: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(
      async () =>
        new Response(typeof body === "string" ? body : JSON.stringify(body), { status: 200 }),
    ),
  );
}

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => vi.unstubAllGlobals());
// The shell starts loading the figure-export library when figures are asked for (print, present,
// a menu); a file torn down while that import is under way fails the run with an unhandled error.
afterAll(() => import("@/lib/figure/export-lib"));

describe("App", () => {
  it("shows the dataset version and date in the header and the overview figures", async () => {
    serve(
      makeDataset({
        metadata: makeMetadata({ version: "2.3.0", dataAsOf: "2025-09-26" }),
        projects: [
          makeProject({ id: "a", cost: { usdMillions: 1912.2, stage: "estimated", asOf: "2017" } }),
        ],
      }),
    );
    render(<App />);
    expect(await screen.findByText("Dataset 2.3.0 · data as of 26 Sept 2025")).toBeInTheDocument();
    const cards = await screen.findByRole("list", { name: "Headline figures" });
    expect(within(cards).getByText("US$1.91 billion")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  });

  it("shows a located error for a broken dataset while navigation keeps working", async () => {
    const broken = makeDataset({
      projects: [makeProject({ id: "thar-block-1", capacity: { value: -5, unit: "MW" } })],
    });
    serve(broken);
    render(<App />);
    const alert = await screen.findByRole("alert");
    expect(
      within(alert).getByText("The dataset has 1 problem, so this view cannot be shown"),
    ).toBeInTheDocument();
    expect(
      within(alert).getByText(
        "cpec-dataset.json:projects/thar-block-1:capacity.value: Too small: expected number to be >0",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("The dataset could not be loaded")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("link", { name: "Sources" }));
    expect(window.location.search).toBe("?view=sources");
    expect(screen.getByRole("link", { name: "Sources" })).toHaveAttribute("aria-current", "page");
  });

  it("reports a file that is not JSON", async () => {
    serve("<html>not json</html>");
    render(<App />);
    const alert = await screen.findByRole("alert");
    expect(
      within(alert).getByText(/^cpec-dataset\.json:\(file\):\(record\): not valid JSON/),
    ).toBeInTheDocument();
  });

  it("writes the Overview's figures in Urdu digits as soon as they are chosen, without a reload", async () => {
    window.history.replaceState(null, "", "/?lang=ur");
    serve(
      makeDataset({
        projects: [
          makeProject({ id: "a", cost: { usdMillions: 1912.2, stage: "estimated", asOf: "2017" } }),
        ],
      }),
    );
    render(<App />);
    const cards = await screen.findByRole("list", { name: "اہم اعداد و شمار" });
    expect(await within(cards).findByText("1.91 ارب ڈالر")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "ہندسے" }), "arab");
    expect(window.location.search).toBe("?lang=ur&digits=arab");
    expect(await within(cards).findByText("۱٫۹۱ ارب ڈالر")).toBeInTheDocument();
    expect(within(cards).queryByText("1.91 ارب ڈالر")).not.toBeInTheDocument();
  });
});
