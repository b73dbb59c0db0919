import { useId, useRef, useState, type CSSProperties, type ToggleEvent } from "react";

/** Where the panel sits under its trigger: from the trigger's start edge on, or its end edge back. */
export type PopoverAlign = "start" | "end";

const FOCUSABLE = "[data-autofocus], select, input, button, textarea, a[href], [tabindex]";

/**
 * A menu on the browser's own popover (`popover="auto"` opened by the trigger's
 * `popovertarget`): the browser puts it in the top layer and closes it on Escape, on a press
 * outside it and when another menu opens. This hook keeps React's `open` in step through the
 * `beforetoggle` event (so the panel's content is rendered before it shows), places the panel
 * under its trigger with CSS anchor positioning (the `.popover-menu` rules in styles/index.css),
 * moves the focus into it when it opens (to `[data-autofocus]`, else the first control), and
 * gives the focus back to the trigger when it closes with the focus inside it or nowhere.
 */
export function usePopover<P extends HTMLElement = HTMLDivElement>({
  align = "start",
  enabled = true,
  onOpenChange,
}: {
  align?: PopoverAlign;
  /**
   * False: the panel is not a popover (no attribute), e.g. the settings on a wide screen. The
   * browser hides an open popover that loses its attribute without a toggle event, so `open` is
   * set back here.
   */
  enabled?: boolean;
  /** Called as the panel is about to open or close, before the browser shows or hides it. */
  onOpenChange?: (open: boolean) => void;
} = {}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [wasEnabled, setWasEnabled] = useState(enabled);
  if (wasEnabled !== enabled) {
    setWasEnabled(enabled);
    if (!enabled) setOpen(false);
  }
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<P>(null);
  // A dashed ident of its own per menu: useId's characters are not all allowed in one.
  const anchor = `--popover-${id.replace(/[^\w-]/g, "")}`;

  const onBeforeToggle = (event: ToggleEvent<P>) => {
    const next = event.newState === "open";
    setOpen(next);
    onOpenChange?.(next);
  };
  const onToggle = (event: ToggleEvent<P>) => {
    const box = event.currentTarget;
    const focused = document.activeElement;
    if (event.newState === "open") {
      if (box.contains(focused)) return;
      const first =
        box.querySelector<HTMLElement>("[data-autofocus]") ??
        box.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
    } else if (!focused || focused === document.body || box.contains(focused)) {
      // The browser gives the focus back itself after Escape; not after a press outside on
      // nothing that takes focus, nor where a click does not focus a button (Safari).
      trigger.current?.focus({ preventScroll: true });
    }
  };

  return {
    open,
    triggerProps: {
      ref: trigger,
      popoverTarget: id,
      "aria-expanded": open,
      "aria-controls": id,
      style: { anchorName: anchor } satisfies CSSProperties,
    },
    panelProps: {
      ref: panel,
      id,
      popover: enabled ? ("auto" as const) : undefined,
      onBeforeToggle,
      onToggle,
      "data-align": align,
      style: { positionAnchor: anchor } satisfies CSSProperties,
    },
  };
}
