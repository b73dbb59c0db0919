import { useId } from "react";
import { cn } from "@/lib/cn";

/** A labelled group of radio buttons for one choice of a menu. */
export function ChoiceGroup<T extends string | number>({
  legend,
  value,
  values,
  label,
  onChange,
  column = false,
}: {
  legend: string;
  value: T;
  values: readonly T[];
  label: (v: T) => string;
  onChange: (v: T) => void;
  column?: boolean;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold text-muted-foreground">{legend}</legend>
      <div className={cn("flex gap-x-3 gap-y-1", column ? "flex-col" : "flex-wrap")}>
        {values.map((v) => (
          <label key={String(v)} className="flex items-center gap-1.5">
            <input
              type="radio"
              name={name}
              checked={v === value}
              onChange={() => onChange(v)}
              className="accent-[var(--primary)]"
            />
            {label(v)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
