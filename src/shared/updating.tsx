import type { ComponentType, ReactNode } from "react";
import type { Filters } from "@/data/filters";
import { useDeferredFilters } from "./url-state";

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

/**
 * A view's content drawn with the deferred filters (see useDeferredFilters) and marked while it
 * catches up. `content` should be a `memo` component, so the click's own render skips it.
 */
export function DeferredFilters({
  content: Content,
}: {
  content: ComponentType<{ filters: Filters }>;
}) {
  const { filters, pending } = useDeferredFilters();
  return (
    <Updating pending={pending}>
      <Content filters={filters} />
    </Updating>
  );
}
