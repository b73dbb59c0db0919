import { cn } from "@/lib/cn";
import { usePopover } from "./use-popover";

/**
 * A button that opens a list of checkboxes as a popover (use-popover.ts): Escape or a press
 * outside closes it and the focus returns to the button. The button's name says the label and how many are chosen.
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
  const { triggerProps, panelProps } = usePopover();

  const toggle = (value: T) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  return (
    <div className={className}>
      <button
        {...triggerProps}
        type="button"
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
      <div
        {...panelProps}
        className="popover-menu max-h-[min(20rem,calc(100%-0.5rem))] min-w-56 overflow-auto rounded-md border border-border bg-card p-2 text-foreground shadow-lg"
      >
        <fieldset>
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
      </div>
    </div>
  );
}
