import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { cn } from "@/lib/cn";

/**
 * The header's settings (language, digits, amounts, theme, presenting, the data file). On wide
 * screens they sit in the header's row as they are; on narrow ones (below `md`) they fold behind
 * one "Settings" button and open as a panel under it. The controls are rendered once, and CSS
 * alone decides which of the two they are, so the build-time first screen and the hydrated page
 * agree. Escape or a click outside closes the panel and gives the focus back to the button;
 * Escape inside a dialog opened from the panel (the data file) is the dialog's own.
 */
export function SettingsMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>("select, button, input, a[href]")?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!target || panel.current?.contains(target) || button.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!open || event.key !== "Escape" || event.defaultPrevented) return;
    if ((event.target as Element).closest("dialog")) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="relative md:static" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex h-9 items-center gap-1.5 rounded-md border border-border bg-card px-3 text-sm font-medium text-foreground hover:bg-muted aria-expanded:bg-accent md:hidden"
      >
        <GearIcon />
        {t("app.settings")}
      </button>
      <div
        ref={panel}
        id={panelId}
        // A labelled group when it is a panel; on wide screens the controls carry their own labels.
        role="group"
        aria-label={t("app.settings")}
        className={cn(
          open
            ? "absolute end-0 top-full z-40 mt-2 flex w-[min(20rem,calc(100vw-2rem))] flex-col items-stretch gap-3 rounded-lg border border-border bg-card p-3 shadow-lg"
            : "hidden",
          "text-sm md:static md:z-auto md:mt-0 md:flex md:w-auto md:flex-row md:flex-wrap md:items-center md:gap-3 md:rounded-none md:border-0 md:bg-transparent md:p-0 md:shadow-none",
        )}
      >
        {children}
      </div>
    </div>
  );
}

function GearIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4"
      fill="none"
      stroke="currentColor"
    >
      <circle cx="12" cy="12" r="3" strokeWidth="2" />
      <path
        strokeWidth="2"
        strokeLinecap="round"
        d="M12 2v3M12 19v3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M2 12h3M19 12h3M4.9 19.1 7 17M17 7l2.1-2.1"
      />
    </svg>
  );
}
