import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChartFrame } from "./chart-frame";

function Figure() {
  return (
    <ChartFrame
      title="Investment by sector"
      subtitle="Estimated cost in US dollars"
      source="CPEC Progress Dashboard dataset 1.1.0"
      asOf="26 Sept 2025"
      summary="Transport has the largest share."
      table={
        <table>
          <thead>
            <tr>
              <th>Sector</th>
              <th>Investment</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th>Energy</th>
              <td>US$21.1bn</td>
            </tr>
          </tbody>
        </table>
      }
    >
      <svg data-export="" width={600} height={300} viewBox="0 0 600 300">
        <rect width={100} height={40} fill="oklch(0.5 0.1 240)" />
      </svg>
    </ChartFrame>
  );
}

afterEach(() => vi.restoreAllMocks());

describe("the download menu every ChartFrame carries", () => {
  it("opens from a button named after the figure and offers every format", async () => {
    const user = userEvent.setup();
    render(<Figure />);
    await user.click(screen.getByRole("button", { name: "Download Investment by sector" }));
    const dialog = screen.getByRole("dialog", { name: "Download and copy: Investment by sector" });
    for (const name of [
      "Download PNG",
      "Download SVG",
      "Copy image",
      "Copy alt text",
      "Copy link",
    ]) {
      expect(within(dialog).getByRole("button", { name })).toBeInTheDocument();
    }
    expect(within(dialog).getByRole("radio", { name: "As on screen" })).toBeChecked();
    expect(within(dialog).getByRole("radio", { name: "2×" })).toBeChecked();
    expect(
      within(dialog).getByRole("radio", { name: "Slide 16:9 (1920 × 1080)" }),
    ).not.toBeChecked();
  });

  it("copies the link of the view", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue({
      writeText,
    } as unknown as Clipboard);
    render(<Figure />);
    await user.click(screen.getByRole("button", { name: "Download Investment by sector" }));
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await screen.findByText("Link copied to the clipboard")).toBeInTheDocument();
  });

  it("shows a failure as an alert, never silently", async () => {
    // No clipboard API here (as on a page served over plain http): copying must say it failed.
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue(undefined as unknown as Clipboard);
    const user = userEvent.setup();
    render(<Figure />);
    await user.click(screen.getByRole("button", { name: "Download Investment by sector" }));
    await user.click(screen.getByRole("button", { name: "Copy image" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Could not export “Investment by sector”: this browser does not allow copying to the clipboard here",
    );
  });

  it("closes with Escape and gives focus back to its button", async () => {
    const user = userEvent.setup();
    render(<Figure />);
    const button = screen.getByRole("button", { name: "Download Investment by sector" });
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(button).toHaveFocus();
  });
});
