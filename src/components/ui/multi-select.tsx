import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/lib/cn";

/**
 * A button that opens a list of checkboxes. Escape or a click outside closes it; focus returns to
 * the button. The button's name says the label and how many are chosen.
 */
export function MultiSelect<T extends string>({
  label,
  options,
  selected,
  onChange,
  summary,
  className,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  /** Text after the label on the button, e.g. "all" or "2 chosen". */
  summary: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  const toggle = (value: T) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  return (
    <div
      ref={root}
      className={cn("relative", className)}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={cn(
          "inline-flex h-9 items-center gap-1.5 rounded-md border border-border bg-card px-3 text-sm",
          selected.length > 0 && "border-primary",
        )}
      >
        <span className="font-medium">{label}</span>
        <span className="text-muted-foreground">{summary}</span>
        <span aria-hidden="true" className="text-muted-foreground">
          ▾
        </span>
      </button>
      {open && (
        <fieldset
          id={panelId}
          className="absolute start-0 top-full z-30 mt-1 max-h-80 min-w-56 overflow-auto rounded-md border border-border bg-card p-2 shadow-lg"
        >
          <legend className="sr-only">{label}</legend>
          {options.map((o) => (
            <label
              key={o.value}
              className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-muted"
            >
              <input
                type="checkbox"
                className="size-4 accent-[var(--primary)]"
                checked={selected.includes(o.value)}
                onChange={() => toggle(o.value)}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
