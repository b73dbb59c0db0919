import { holdFields } from "./held-fields";
import {
  firstScreenState,
  INTENT_EVENTS,
  isDark,
  LIVE_EVENT,
  SCREENS_ATTR,
  screenPath,
  setFirstScreenState,
  SETTLED_EVENT,
  TEMPLATE_ID,
  THEME_KEY,
  USER_DATA_KEY,
  WENT_ON_ATTR,
} from "./protocol";

/*
 * The first screen. The build renders each view's first screen from the bundled data (see
 * src/app/first-screen.tsx): Overview's is in the page, the others in first-screen/<view>.html.
 * This, the only script that runs before the app's code arrives (the build inlines it after the
 * root, vite.config.ts), applies the theme and shows the screen for the address when the page is
 * in the state it was rendered for: English, no filters, the bundled data. The app
 * (src/app/boot.ts, start.tsx) then hydrates it, or renders from scratch. docs/first-screen.md
 * has the protocol.
 */

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Before the first paint, so a dark page never flashes light. */
export function applyStoredTheme(): void {
  const systemDark = matchMedia("(prefers-color-scheme: dark)").matches;
  document.documentElement.classList.toggle("dark", isDark(stored(THEME_KEY), systemDark));
}

/** The view whose first screen fits the address, or null when none does. */
export function firstScreenView(root: Element, search: string): string | null {
  const params = new URLSearchParams(search);
  const keys = [...params.keys()];
  const plain = keys.length === 0 || (keys.length === 1 && keys[0] === "view");
  const view = params.get("view") ?? "overview";
  const available = (root.getAttribute(SCREENS_ATTR) ?? "").split(" ");
  return plain && !stored(USER_DATA_KEY) && available.includes(view) ? view : null;
}

/**
 * A reader who scrolls, types or taps has gone on: what waits below the first screen is drawn as
 * soon as the app runs (src/components/charts/figure-demand.ts reads this mark).
 */
function markGoingOn(root: Element): void {
  const intents = new AbortController();
  const wentOn = () => {
    root.setAttribute(WENT_ON_ATTR, "");
    intents.abort();
  };
  for (const type of INTENT_EVENTS) {
    addEventListener(type, wentOn, { capture: true, passive: true, signal: intents.signal });
  }
}

/**
 * Clicks and keys on the first screen before the app takes it over are kept, and handed to the
 * app once React has hydrated it (LIVE_EVENT, sent by src/app/start.tsx): a click on a button is
 * not lost, nor an arrow key in a chart. Links work as links meanwhile.
 */
function keepEarlyInput(root: HTMLElement): void {
  const early: { event: Event; target: Element }[] = [];
  const input = new AbortController();
  const keep = (event: Event) => {
    const target = event.target;
    if (firstScreenState(root) !== "shown" || !(target instanceof Element)) return;
    if (target.closest("a[href]")) return;
    // Until React has hydrated the screen, the event is not its: React's own listener on this
    // root would hydrate in the middle of the event and read a checkbox already ticked by it.
    event.stopImmediatePropagation();
    // The app's own handler will do what the click means (a checkbox, a button).
    if (event.type === "click") event.preventDefault();
    early.push({ event, target });
  };
  root.addEventListener("click", keep, { capture: true, signal: input.signal });
  root.addEventListener("keydown", keep, { capture: true, signal: input.signal });
  root.addEventListener(
    LIVE_EVENT,
    () => {
      input.abort();
      for (const { event, target } of early.splice(0)) {
        if (!target.isConnected) continue;
        if (event instanceof KeyboardEvent)
          target.dispatchEvent(new KeyboardEvent(event.type, event));
        // click(): a checkbox ticks and says so, a button is pressed, as by the reader.
        else if (target instanceof HTMLElement) target.click();
        else target.dispatchEvent(new MouseEvent("click", event as MouseEvent));
      }
    },
    { once: true },
  );
}

function show(root: HTMLElement, markup: string | null | undefined): void {
  const shown = !!markup && !root.firstChild;
  if (shown) {
    root.innerHTML = markup;
    holdFields(root);
  }
  setFirstScreenState(root, shown ? "shown" : "none");
  root.dispatchEvent(new Event(SETTLED_EVENT));
}

/** Runs as the page is parsed, right after the root: the theme, then the address's first screen. */
export function startFirstScreen(root: HTMLElement, search: string): void {
  applyStoredTheme();
  const view = firstScreenView(root, search);
  if (!view) return;
  setFirstScreenState(root, "pending");
  markGoingOn(root);
  keepEarlyInput(root);
  if (view === "overview") {
    show(root, document.querySelector<HTMLTemplateElement>(`template#${TEMPLATE_ID}`)?.innerHTML);
  } else {
    fetch(`./${screenPath(view)}`)
      .then((response) => (response.ok ? response.text() : null))
      .then(
        (markup) => show(root, markup),
        () => show(root, null),
      );
  }
}
