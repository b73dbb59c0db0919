import type { ReactNode } from "react";

/** A term and its description in a details panel's list. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-1.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

/** A related record that opens on click. */
export function LinkButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="text-start text-[var(--ring)] underline underline-offset-2"
    >
      {children}
    </button>
  );
}
