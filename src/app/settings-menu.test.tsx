import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { i18n, loadLanguage } from "./i18n";
import { SettingsMenu } from "./settings-menu";

function renderMenu() {
  return render(
    <>
      <SettingsMenu>
        <label>
          Language
          <select defaultValue="en">
            <option value="en">English</option>
            <option value="ur">Urdu</option>
          </select>
        </label>
        <dialog open aria-label="Open data file">
          <input aria-label="File" />
        </dialog>
      </SettingsMenu>
      <p>Outside</p>
    </>,
  );
}

/**
 * A screen `width` px wide, as matchMedia answers (jsdom has none): below md or not. The
 * returned function resizes it and tells the listeners.
 */
function screenWidth(width: number) {
  const listeners = new Set<() => void>();
  vi.stubGlobal("matchMedia", (query: string) => ({
    get matches() {
      return query === "(width < 48rem)" && width < 768;
    },
    media: query,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  return (next: number) => {
    width = next;
    listeners.forEach((l) => l());
  };
}

afterEach(() => vi.unstubAllGlobals());

describe("SettingsMenu on a wide screen", () => {
  it("is not a popover: the controls are there without opening anything", () => {
    screenWidth(1440);
    renderMenu();
    const panel = screen.getByRole("group", { name: "Settings" });
    expect(panel).not.toHaveAttribute("popover");
    expect(within(panel).getByRole("combobox", { name: "Language" })).toBeVisible();
  });
});

describe("SettingsMenu on a screen that widens", () => {
  it("stops being a popover above md, open or not, and says it is not expanded", async () => {
    const resize = screenWidth(390);
    const user = userEvent.setup();
    renderMenu();
    const button = screen.getByRole("button", { name: "Settings" });
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    act(() => resize(1024));
    const panel = screen.getByRole("group", { name: "Settings" });
    expect(panel).not.toHaveAttribute("popover");
    expect(button).toHaveAttribute("aria-expanded", "false");
    act(() => resize(390));
    expect(panel).toHaveAttribute("popover", "auto");
    expect(button).toHaveAttribute("aria-expanded", "false");
  });
});

describe("SettingsMenu on a phone", () => {
  beforeEach(() => screenWidth(390));

  it("opens from its named button, moves the focus into the panel, and Escape closes it and gives the focus back", async () => {
    const user = userEvent.setup();
    renderMenu();
    const button = screen.getByRole("button", { name: "Settings" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    // Folded away, the panel is hidden from everyone until it opens.
    const panel = document.getElementById(button.getAttribute("aria-controls") ?? "");
    expect(panel).toHaveAttribute("popover", "auto");
    expect(panel).not.toBeVisible();

    await user.click(button);
    expect(screen.getByRole("group", { name: "Settings" })).toBe(panel);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(within(panel!).getByRole("combobox", { name: "Language" })).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(panel).not.toBeVisible();
    expect(button).toHaveFocus();
  });

  it("closes on a click outside but not on a click inside", async () => {
    const user = userEvent.setup();
    renderMenu();
    const button = screen.getByRole("button", { name: "Settings" });
    await user.click(button);
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "ur");
    expect(button).toHaveAttribute("aria-expanded", "true");
    await user.click(screen.getByText("Outside"));
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("leaves Escape in a dialog opened from the panel to the dialog", async () => {
    const user = userEvent.setup();
    renderMenu();
    const button = screen.getByRole("button", { name: "Settings" });
    await user.click(button);
    await user.click(screen.getByRole("textbox", { name: "File" }));
    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "true");
  });

  it("is named in the reader's language", async () => {
    await loadLanguage("ur");
    await i18n.changeLanguage("ur");
    try {
      renderMenu();
      expect(screen.getByRole("button", { name: "ترتیبات" })).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage("en");
    }
  });
});
