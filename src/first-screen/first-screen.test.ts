import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyStoredTheme, firstScreenView, startFirstScreen } from "./first-screen";
import { releaseFields } from "./held-fields";
import {
  firstScreenState,
  HELD_ATTR,
  LIVE_EVENT,
  SCREENS_ATTR,
  SETTLED_EVENT,
  TEMPLATE_ID,
  THEME_KEY,
  USER_DATA_KEY,
  WENT_ON_ATTR,
} from "./protocol";

const SCREEN = `
  <main>
    <h1>Overview</h1>
    <button type="button">Open data file</button>
    <a href="#sources">Sources</a>
    <input type="checkbox" aria-label="Signed documents" checked />
    <input type="text" aria-label="Search" readonly />
    <select aria-label="Language"><option>English</option></select>
  </main>`;

/** The page as the build writes it: the root listing its screens, Overview's in a template. */
function page(screens = "overview projects"): HTMLElement {
  document.body.innerHTML = `<div id="root" ${SCREENS_ATTR}="${screens}"></div><template id="${TEMPLATE_ID}">${SCREEN}</template>`;
  return document.getElementById("root")!;
}

function systemDark(dark: boolean) {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: dark && query === "(prefers-color-scheme: dark)",
  }));
}

beforeEach(() => systemDark(false));
afterEach(() => {
  localStorage.clear();
  document.documentElement.classList.remove("dark");
  vi.unstubAllGlobals();
});

describe("the theme before the first paint", () => {
  it.each([
    [null, false, false],
    [null, true, true],
    ["dark", false, true],
    ["light", true, false],
  ])("stored %s, system dark %s: dark %s", (stored, system, dark) => {
    if (stored) localStorage.setItem(THEME_KEY, stored);
    systemDark(system);
    applyStoredTheme();
    expect(document.documentElement.classList.contains("dark")).toBe(dark);
  });
});

describe("which first screen fits the address", () => {
  it.each([
    ["", "overview"],
    ["?view=projects", "projects"],
    ["?view=map", null],
    ["?sector=energy", null],
    ["?view=projects&lang=ur", null],
    ["?view=overview&view=projects", null],
  ])("%s: %s", (search, view) => {
    expect(firstScreenView(page(), search)).toBe(view);
  });

  it("none while a file of the reader's is saved", () => {
    localStorage.setItem(USER_DATA_KEY, "1");
    expect(firstScreenView(page(), "")).toBeNull();
  });
});

describe("showing the first screen", () => {
  it("shows Overview's screen from the page, holding the fields that can change", () => {
    const root = page();
    const settled = vi.fn();
    root.addEventListener(SETTLED_EVENT, settled);
    startFirstScreen(root, "");
    expect(firstScreenState(root)).toBe("shown");
    expect(settled).toHaveBeenCalledTimes(1);
    expect(root.querySelector("h1")!.textContent).toBe("Overview");
    const held = [...root.querySelectorAll(`[${HELD_ATTR}]`)].map((f) =>
      f.getAttribute("aria-label"),
    );
    // The search field was read-only as drawn: not the script's to give back.
    expect(held).toEqual(["Signed documents", "Language"]);
    expect(root.querySelector("select")!.disabled).toBe(true);

    releaseFields(root);
    expect(root.querySelectorAll(`[${HELD_ATTR}]`)).toHaveLength(0);
    expect(root.querySelector("select")!.disabled).toBe(false);
    expect(root.querySelector<HTMLInputElement>("[type=checkbox]")!.readOnly).toBe(false);
    expect(root.querySelector<HTMLInputElement>("[type=text]")!.readOnly).toBe(true);
  });

  it("leaves an address it was not drawn for to the app, theme applied", () => {
    localStorage.setItem(THEME_KEY, "dark");
    const root = page();
    startFirstScreen(root, "?sector=energy");
    expect(root.hasAttribute("data-first-screen")).toBe(false);
    expect(root.childNodes).toHaveLength(0);
    expect(document.documentElement.classList.contains("dark")).toBe(true);
  });

  it("fetches another view's screen, pending until it is here", async () => {
    const fetch = vi.fn(async () => new Response("<main><h1>Projects</h1></main>"));
    vi.stubGlobal("fetch", fetch);
    const root = page();
    const settled = new Promise((resolve) => root.addEventListener(SETTLED_EVENT, resolve));
    startFirstScreen(root, "?view=projects");
    expect(firstScreenState(root)).toBe("pending");
    await settled;
    expect(fetch).toHaveBeenCalledWith("./first-screen/projects.html");
    expect(firstScreenState(root)).toBe("shown");
    expect(root.querySelector("h1")!.textContent).toBe("Projects");
  });

  it("says none when the view's screen cannot be fetched", async () => {
    vi.stubGlobal("fetch", async () => new Response("", { status: 404 }));
    const root = page();
    const settled = new Promise((resolve) => root.addEventListener(SETTLED_EVENT, resolve));
    startFirstScreen(root, "?view=projects");
    await settled;
    expect(firstScreenState(root)).toBe("none");
    expect(root.childNodes).toHaveLength(0);
  });
});

describe("early input", () => {
  it("keeps clicks and keys until the app is live, then replays them in order", () => {
    const root = page();
    startFirstScreen(root, "");
    const seen: string[] = [];
    const button = root.querySelector("button")!;
    button.addEventListener("click", () => seen.push("click"));
    button.addEventListener("keydown", (e) => seen.push(`${e.key}${e.shiftKey ? "+shift" : ""}`));

    button.click();
    button.dispatchEvent(
      new KeyboardEvent("keydown", { key: "ArrowRight", shiftKey: true, bubbles: true }),
    );
    expect(seen).toEqual([]);

    root.dispatchEvent(new Event(LIVE_EVENT));
    expect(seen).toEqual(["click", "ArrowRight+shift"]);
    // Live: the app's own from now on, nothing kept.
    button.click();
    expect(seen).toEqual(["click", "ArrowRight+shift", "click"]);
  });

  it("a checkbox clicked early is left as drawn, then ticked once by the replay", () => {
    const root = page();
    startFirstScreen(root, "");
    const box = root.querySelector<HTMLInputElement>("[type=checkbox]")!;
    const changes = vi.fn();
    box.addEventListener("change", changes);
    box.click();
    expect(box.checked).toBe(true);
    expect(changes).not.toHaveBeenCalled();
    root.dispatchEvent(new Event(LIVE_EVENT));
    expect(box.checked).toBe(false);
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it("lets links work as links", () => {
    const root = page();
    startFirstScreen(root, "");
    const link = root.querySelector("a")!;
    const clicks = vi.fn();
    link.addEventListener("click", (e) => {
      e.preventDefault();
      clicks();
    });
    link.click();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it("marks that the reader went on at the first scroll, key or touch", () => {
    const root = page();
    startFirstScreen(root, "");
    expect(root.hasAttribute(WENT_ON_ATTR)).toBe(false);
    window.dispatchEvent(new Event("scroll"));
    expect(root.hasAttribute(WENT_ON_ATTR)).toBe(true);
  });
});
