import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/**
 * A list of records with a details panel beside it (Meetings, Documents): the details stick at
 * the side on wide screens and come first on narrow ones; with nothing chosen, wide screens show
 * `placeholder` in their place.
 */
export function ListDetailLayout({
  intro,
  detail,
  placeholder,
  children,
}: {
  intro: ReactNode;
  detail: ReactNode | null;
  placeholder: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted-foreground">{intro}</p>
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(22rem,2fr)]">
        <div className="xl:sticky xl:top-4 xl:col-start-2 xl:row-start-1 xl:max-h-[calc(100dvh-2rem)] xl:overflow-y-auto">
          {detail ?? (
            <Card className="hidden p-4 text-sm text-muted-foreground xl:block">{placeholder}</Card>
          )}
        </div>
        <div className="min-w-0 space-y-4 xl:col-start-1 xl:row-start-1">{children}</div>
      </div>
    </div>
  );
}
