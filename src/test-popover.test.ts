import { afterEach, describe, expect, it } from "vitest";

// The popover polyfill of src/test-popover.ts (installed by the test setup) against the steps of
// the HTML standard the menus rely on; in a browser these hold by themselves.

afterEach(() => document.body.replaceChildren());

function popover(id: string, parent: HTMLElement = document.body) {
  const el = document.createElement("div");
  el.id = id;
  el.setAttribute("popover", "auto");
  el.append(document.createElement("button"));
  parent.append(el);
  const events: string[] = [];
  for (const type of ["beforetoggle", "toggle"])
    el.addEventListener(type, (e) => {
      const t = e as ToggleEvent;
      events.push(`${type} ${t.oldState}→${t.newState}`);
    });
  return { el, events };
}

const task = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the test popover polyfill", () => {
  it("fires beforetoggle at once and one coalesced toggle as a task, and shows only while open", async () => {
    const { el, events } = popover("a");
    expect(getComputedStyle(el).display).toBe("none");
    el.showPopover();
    expect(getComputedStyle(el).display).toBe("block");
    el.hidePopover();
    expect(events).toEqual(["beforetoggle closed→open", "beforetoggle open→closed"]);
    await task();
    expect(events.at(-1)).toBe("toggle closed→closed");
    expect(events).toHaveLength(3);
  });

  it("closes the other auto popovers but not an ancestor, and Escape closes the topmost", async () => {
    const a = popover("a");
    const b = popover("b");
    const inner = popover("inner", a.el);
    a.el.showPopover();
    b.el.showPopover();
    expect(a.el.hasAttribute("data-popover-open")).toBe(false);
    a.el.showPopover();
    inner.el.showPopover();
    expect([a.el, b.el, inner.el].map((p) => p.hasAttribute("data-popover-open"))).toEqual([
      true,
      false,
      true,
    ]);
    inner.el.querySelector("button")!.focus();
    document.activeElement!.dispatchEvent(
      new KeyboardEvent("keydown", { key: "Escape", bubbles: true }),
    );
    await task();
    expect(inner.el.hasAttribute("data-popover-open")).toBe(false);
    expect(a.el.hasAttribute("data-popover-open")).toBe(true);
  });

  it("leaves an Escape whose keydown was cancelled", async () => {
    const a = popover("a");
    a.el.showPopover();
    a.el.addEventListener("keydown", (e) => e.preventDefault());
    a.el
      .querySelector("button")!
      .dispatchEvent(
        new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }),
      );
    await task();
    expect(a.el.hasAttribute("data-popover-open")).toBe(true);
  });
});
