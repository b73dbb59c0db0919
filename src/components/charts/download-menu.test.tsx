import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { makeBarsFigure } from "@/lib/figure/svg/test-figures";
import { ChartFrame } from "./chart-frame";

const figure = makeBarsFigure("en", { title: "Investment by sector" });

function Frame() {
  return (
    <ChartFrame figure={figure}>
      <p>chart</p>
    </ChartFrame>
  );
}

afterEach(() => vi.restoreAllMocks());
// The shell starts loading the figure-export library when figures are asked for (print, present,
// a menu); a file torn down while that import is under way fails the run with an unhandled error.
afterAll(() => import("@/lib/figure/export-lib"));

describe("the download menu every ChartFrame carries", () => {
  it("opens from a button named after the figure and offers every format, sized in real pixels", async () => {
    const user = userEvent.setup();
    render(<Frame />);
    await user.click(screen.getByRole("button", { name: "Download Investment by sector" }));
    const dialog = screen.getByRole("dialog", { name: "Download and copy: Investment by sector" });
    for (const name of [
      "Download PNG",
      "Download SVG",
      "Download data (CSV)",
      "Copy image",
      "Copy alt text",
      "Copy link",
    ]) {
      expect(within(dialog).getByRole("button", { name })).toBeInTheDocument();
    }
    expect(within(dialog).getByRole("radio", { name: "Slide 16:9 (1920 × 1080)" })).toBeChecked();
    expect(
      within(dialog).getByRole("radio", { name: "A4 page, landscape (1123 × 794)" }),
    ).not.toBeChecked();
    expect(within(dialog).getByRole("radio", { name: "1×" })).toBeChecked();
    await user.click(within(dialog).getByRole("radio", { name: "2×" }));
    expect(within(dialog).getByText(/^3840 × 2160 · Light/)).toBeInTheDocument();
  });

  it("copies the figure's own link and its alt text written from its numbers", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue({ writeText } as unknown as Clipboard);
    render(<Frame />);
    await user.click(screen.getByRole("button", { name: "Download Investment by sector" }));
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenLastCalledWith(figure.link);
    expect(await screen.findByText("Link copied to the clipboard")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy alt text" }));
    const alt = (writeText.mock.calls.at(-1) as unknown as [string])[0];
    expect(alt).toMatch(/^Investment by sector\. /);
    expect(alt).toContain("Largest");
  });

  it("shows a failure as an alert, never silently", async () => {
    // No clipboard API here (as on a page served over plain http): copying must say it failed.
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue(undefined as unknown as Clipboard);
    const user = userEvent.setup();
    render(<Frame />);
    await user.click(screen.getByRole("button", { name: "Download Investment by sector" }));
    await user.click(screen.getByRole("button", { name: "Copy image" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Could not export “Investment by sector”: this browser does not allow copying to the clipboard here",
    );
  });

  it("closes with Escape and gives focus back to its button", async () => {
    const user = userEvent.setup();
    render(<Frame />);
    const button = screen.getByRole("button", { name: "Download Investment by sector" });
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(button).toHaveFocus();
  });

  it("is a popover: focus goes to Download PNG, a press outside or another figure's menu closes it", async () => {
    const user = userEvent.setup();
    const other = makeBarsFigure("en", { title: "Projects by status" });
    render(
      <>
        <Frame />
        <ChartFrame figure={other}>
          <p>other chart</p>
        </ChartFrame>
        <p>Outside</p>
      </>,
    );
    const button = screen.getByRole("button", { name: "Download Investment by sector" });
    await user.click(button);
    const dialog = screen.getByRole("dialog", { name: "Download and copy: Investment by sector" });
    expect(dialog).toHaveAttribute("popover", "auto");
    expect(button).toHaveAttribute("popovertarget", dialog.id);
    expect(within(dialog).getByRole("button", { name: "Download PNG" })).toHaveFocus();

    await user.click(screen.getByText("Outside"));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(button).toHaveAttribute("aria-expanded", "false");

    await user.click(button);
    await user.click(screen.getByRole("button", { name: "Download Projects by status" }));
    expect(screen.getAllByRole("dialog").map((d) => d.getAttribute("aria-label"))).toEqual([
      "Download and copy: Projects by status",
    ]);
    expect(button).toHaveAttribute("aria-expanded", "false");
  });
});
