import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { usePopover } from "@/components/ui/use-popover";

/** Below Tailwind's `md`, where the settings fold behind their button. */
const NARROW = "(width < 48rem)";

/**
 * The header's settings (language, digits, amounts, theme, presenting, the data file). On wide
 * screens they sit in the header's row as they are; on narrow ones (below `md`) they fold behind
 * one "Settings" button and open as a popover under it. The controls are rendered once, and CSS
 * decides which of the two they are; the panel is a popover only on a narrow screen (the build
 * renders it wide, so the first screen and the hydrated page agree). Escape or a press outside
 * closes the panel (the browser's light dismiss); Escape inside a modal dialog opened from the
 * panel (the data file) closes the dialog alone.
 */
export function SettingsMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery(NARROW, false);
  const { triggerProps, panelProps } = usePopover({ align: "end", enabled: narrow });

  return (
    <div>
      <button
        {...triggerProps}
        type="button"
        className="inline-flex h-9 items-center gap-1.5 rounded-md border border-border bg-card px-3 text-sm font-medium text-foreground hover:bg-muted aria-expanded:bg-accent md:hidden"
      >
        <GearIcon />
        {t("app.settings")}
      </button>
      <div
        {...panelProps}
        // A labelled group when it is a panel; on wide screens the controls carry their own labels.
        role="group"
        aria-label={t("app.settings")}
        // Hidden until it opens as a popover (open: is :popover-open too); from md on, a row.
        className="popover-menu hidden w-[min(20rem,calc(100vw-2rem))] flex-col items-stretch gap-3 rounded-lg border border-border bg-card p-3 text-sm text-foreground shadow-lg open:flex md:static md:flex md:w-auto md:flex-row md:flex-wrap md:items-center md:gap-3 md:rounded-none md:border-0 md:bg-transparent md:p-0 md:shadow-none"
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
