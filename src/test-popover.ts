/**
 * The HTML popover API for jsdom, in tests only (imported by src/test-setup.tsx). jsdom 29 has no
 * showPopover/hidePopover, no ToggleEvent and never matches :popover-open, so its own stylesheet
 * hides every [popover] for good. This follows the steps of the HTML standard that the app's menus
 * rely on (https://html.spec.whatwg.org/multipage/popover.html), and nothing more:
 * - showPopover/hidePopover/togglePopover; `beforetoggle` fires at once (cancelable when opening),
 *   `toggle` as a task afterwards, with newState and oldState, coalesced as the standard says;
 * - popover="auto": showing one hides the open auto popovers that are not its ancestors (by DOM
 *   or by invoker); the other states (manual, hint) are not modelled;
 * - a button's `popovertarget` toggles its target as the click's activation behaviour, so not
 *   when the click was cancelled;
 * - light dismiss: a press (pointerdown and pointerup) outside the open auto popovers, or inside
 *   one of them, hides those above it; a press on an invoker counts as inside its popover;
 * - Escape (a close request) hides the topmost auto popover unless the keydown was cancelled or
 *   came from inside an open <dialog>: a dialog opened from a popover sits above it among the
 *   close watchers and takes the Escape (jsdom has no close watchers);
 * - hiding by hidePopover, Escape or the invoker gives the focus back to the element focused
 *   before showing, when the focus is inside the popover (light dismiss does not);
 * - an open popover carries data-popover-open, which a style shows (jsdom cannot match
 *   :popover-open). Removing the attribute or the element while open is not modelled.
 */

type State = "open" | "closed";

class ToggleEventPolyfill extends Event {
  readonly newState: State;
  readonly oldState: State;
  constructor(type: string, init: EventInit & { newState: State; oldState: State }) {
    super(type, init);
    this.newState = init.newState;
    this.oldState = init.oldState;
  }
}

const OPEN = "data-popover-open";
/** The open auto popovers, the topmost last. */
const autoStack: HTMLElement[] = [];
const previousFocus = new WeakMap<HTMLElement, Element | null>();
const invokers = new WeakMap<HTMLElement, Element>();
const pendingToggle = new WeakMap<HTMLElement, { oldState: State; newState: State }>();

const isOpen = (el: HTMLElement) => el.hasAttribute(OPEN);
const isAuto = (el: HTMLElement) => {
  const value = el.getAttribute("popover");
  return value === "" || value === "auto";
};

function queueToggle(el: HTMLElement, oldState: State, newState: State) {
  const pending = pendingToggle.get(el);
  if (pending) {
    pending.newState = newState;
    return;
  }
  const event = { oldState, newState };
  pendingToggle.set(el, event);
  setTimeout(() => {
    pendingToggle.delete(el);
    el.dispatchEvent(new ToggleEventPolyfill("toggle", event));
  }, 0);
}

/** The open auto popover that holds `node`, or whose invoker holds it, nearest first. */
function popoverOf(node: Node | null): HTMLElement | null {
  const open = autoStack.filter((p) => p.isConnected);
  for (let i = open.length - 1; i >= 0; i--) {
    const p = open[i]!;
    if (node && (p.contains(node) || invokers.get(p)?.contains(node))) return p;
  }
  return null;
}

/** Hides the open auto popovers above `ancestor` (all of them when it is null), topmost first. */
function hideUntil(ancestor: HTMLElement | null, focusPrevious: boolean) {
  for (let top = autoStack.at(-1); top && top !== ancestor; top = autoStack.at(-1)) {
    hide(top, focusPrevious);
  }
}

function show(el: HTMLElement, invoker?: Element) {
  if (!el.hasAttribute("popover")) throw new DOMException("Not a popover", "NotSupportedError");
  if (isOpen(el) || !el.isConnected) return;
  const before = new ToggleEventPolyfill("beforetoggle", {
    cancelable: true,
    oldState: "closed",
    newState: "open",
  });
  if (!el.dispatchEvent(before)) return;
  if (invoker) invokers.set(el, invoker);
  else invokers.delete(el);
  if (isAuto(el)) {
    // Prune popovers that left the document while open, then close all but this one's ancestors.
    for (let i = autoStack.length - 1; i >= 0; i--)
      if (!autoStack[i]!.isConnected) autoStack.splice(i, 1);
    hideUntil(popoverOf(el.parentNode) ?? popoverOf(invoker ?? null), false);
    autoStack.push(el);
  }
  previousFocus.set(el, document.activeElement);
  el.setAttribute(OPEN, "");
  el.querySelector<HTMLElement>("[autofocus]")?.focus();
  queueToggle(el, "closed", "open");
}

function hide(el: HTMLElement, focusPrevious: boolean) {
  if (!isOpen(el)) return;
  if (isAuto(el)) hideUntil(el, focusPrevious);
  el.dispatchEvent(
    new ToggleEventPolyfill("beforetoggle", { oldState: "open", newState: "closed" }),
  );
  const at = autoStack.indexOf(el);
  if (at >= 0) autoStack.splice(at, 1);
  el.removeAttribute(OPEN);
  queueToggle(el, "open", "closed");
  const previous = previousFocus.get(el);
  previousFocus.delete(el);
  if (focusPrevious && el.contains(document.activeElement) && previous instanceof HTMLElement)
    previous.focus();
}

export function installPopoverPolyfill() {
  // Tests in the node environment (scripts/) have no DOM; a browser-like one may have the API.
  if (typeof HTMLElement === "undefined" || typeof HTMLElement.prototype.showPopover === "function")
    return;
  if (typeof globalThis.ToggleEvent === "undefined")
    Object.assign(globalThis, { ToggleEvent: ToggleEventPolyfill });

  Object.assign(HTMLElement.prototype, {
    showPopover(this: HTMLElement) {
      show(this);
    },
    hidePopover(this: HTMLElement) {
      if (!this.hasAttribute("popover"))
        throw new DOMException("Not a popover", "NotSupportedError");
      hide(this, true);
    },
    togglePopover(this: HTMLElement, force?: boolean) {
      const next = force ?? !isOpen(this);
      if (next) show(this);
      else hide(this, true);
      return isOpen(this);
    },
  });

  const style = document.createElement("style");
  // As specific as jsdom's own rule for closed popovers, since jsdom weighs its stylesheet by
  // specificity, not as a user-agent origin.
  style.textContent = `[popover][${OPEN}]:not(:popover-open):not(dialog[open]) { display: block; }`;
  document.head.append(style);

  window.addEventListener(
    "click",
    (event) => {
      const invoker = (event.target as Element | null)?.closest?.("button[popovertarget]");
      const id = invoker?.getAttribute("popovertarget");
      if (!invoker || !id) return;
      // Activation behaviour runs after the event has gone round, unless it was cancelled.
      queueMicrotask(() => {
        const target = document.getElementById(id);
        if (event.defaultPrevented || !target?.hasAttribute("popover")) return;
        if (isOpen(target)) hide(target, true);
        else show(target, invoker);
      });
    },
    true,
  );

  let pressedIn: HTMLElement | null | undefined;
  window.addEventListener(
    "pointerdown",
    (event) => (pressedIn = popoverOf(event.target as Node)),
    true,
  );
  window.addEventListener(
    "pointerup",
    (event) => {
      const ancestor = popoverOf(event.target as Node);
      if (pressedIn === ancestor) hideUntil(ancestor, false);
      pressedIn = undefined;
    },
    true,
  );

  window.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape") return;
      queueMicrotask(() => {
        const top = autoStack.at(-1);
        if (!top || event.defaultPrevented) return;
        if ((event.target as Element | null)?.closest?.("dialog[open]")) return;
        hide(top, true);
      });
    },
    true,
  );
}
