import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/**
 * A located failure: says what went wrong and that the rest of the page still works. `details`
 * are the located problems, one line each.
 */
export function ErrorMessage({
  title,
  details,
  className,
  children,
  ...props
}: ComponentProps<"div"> & { title: string; details?: readonly string[] }) {
  return (
    <div
      role="alert"
      className={cn(
        "rounded-md border border-danger/40 bg-danger-bg p-4 text-sm text-foreground",
        className,
      )}
      {...props}
    >
      <p className="font-semibold text-danger">{title}</p>
      {details && details.length > 0 && (
        // Details are machine-written lines (file:record:field: message): left to right in every
        // language, wrapped at spaces and broken inside a word only when it has to be.
        <ul
          dir="ltr"
          className="mt-2 max-h-64 list-disc space-y-1 overflow-auto ps-5 font-mono text-xs [overflow-wrap:anywhere]"
        >
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
