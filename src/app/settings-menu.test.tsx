import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
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

describe("SettingsMenu", () => {
  it("opens from its named button, moves the focus into the panel, and Escape closes it and gives the focus back", async () => {
    const user = userEvent.setup();
    renderMenu();
    const button = screen.getByRole("button", { name: "Settings" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    const panel = screen.getByRole("group", { name: "Settings" });
    expect(button).toHaveAttribute("aria-controls", panel.id);

    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(within(panel).getByRole("combobox", { name: "Language" })).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
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
