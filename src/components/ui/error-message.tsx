import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/** A located failure: says what went wrong and that the rest of the page still works. */
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
        <ul className="mt-2 max-h-64 list-disc space-y-1 overflow-auto ps-5 font-mono text-xs break-all">
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
