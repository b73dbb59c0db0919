import type { ReactNode } from "react";

/**
 * Wraps a view's content while it redraws for new filters (see useDeferredFilters): marked busy
 * for assistive technology and, if the redraw takes more than a moment, dimmed so nobody reads
 * old figures as new ones.
 */
export function Updating({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <div
      aria-busy={pending || undefined}
      data-pending={pending || undefined}
      className="transition-opacity duration-150 data-pending:opacity-60 data-pending:delay-200"
    >
      {children}
    </div>
  );
}
