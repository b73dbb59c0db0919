import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/**
 * A list of records with a details panel (Meetings, Documents). With nothing chosen the list
 * takes the whole width; a chosen record's details stick at the side on wide screens and come
 * first on narrow ones. Until one is chosen, `hint` says what choosing one shows.
 */
export function ListDetailLayout({
  intro,
  detail,
  hint,
  children,
}: {
  intro: ReactNode;
  detail: ReactNode | null;
  hint: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <div className="space-y-1 text-sm text-muted-foreground">
        <p>{intro}</p>
        {!detail && <p>{hint}</p>}
      </div>
      <div
        className={cn(
          "grid items-start gap-4",
          detail && "xl:grid-cols-[minmax(0,3fr)_minmax(22rem,2fr)]",
        )}
      >
        {detail && (
          <div className="xl:sticky xl:top-4 xl:col-start-2 xl:row-start-1 xl:max-h-[calc(100dvh-2rem)] xl:overflow-y-auto">
            {detail}
          </div>
        )}
        <div className="min-w-0 space-y-4 xl:col-start-1 xl:row-start-1">{children}</div>
      </div>
    </div>
  );
}
