import { useId, useRef, useState, type ComponentProps, type ReactNode } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { cn } from "@/lib/cn";
import { DownloadMenu } from "./download-menu";

/**
 * The unit every figure lives in: title, subtitle, the chart, its source and "data as of" date,
 * a switch to its table twin, and the download menu. It is what screen readers, tests, exports,
 * presentation mode and print address (the data-figure-* marks), and one failing chart stays
 * inside its own frame.
 */
export function ChartFrame({
  title,
  subtitle,
  source,
  asOf,
  summary,
  table,
  actions,
  altText,
  datasetVersion,
  download = true,
  className,
  children,
  ...props
}: Omit<ComponentProps<"section">, "title"> & {
  title: string;
  subtitle?: string;
  /** The source line, e.g. "CPEC Progress Dashboard dataset 1.0.0, from 92 project records". */
  source: string;
  /** Already formatted "data as of" date. */
  asOf: string;
  /** A sentence or two saying what the chart shows, for screen readers and alt text. */
  summary: string;
  /** The chart's data as a table (a DataTable). */
  table: ReactNode;
  actions?: ReactNode;
  /** Alt text for "Copy alt text"; by default it is built from the summary and the table. */
  altText?: string;
  /** Printed in exported files when the source line does not already name it. */
  datasetVersion?: string;
  /** Set false for a frame that must not offer downloads. */
  download?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const frameRef = useRef<HTMLElement>(null);
  return (
    <section
      ref={frameRef}
      aria-labelledby={titleId}
      data-figure={title}
      className={cn(
        "flex min-w-0 flex-col rounded-lg border border-border bg-card p-4 shadow-sm",
        className,
      )}
      {...props}
    >
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={titleId} data-figure-title="" className="text-base font-semibold text-balance">
            {title}
          </h2>
          {subtitle && (
            <p data-figure-subtitle="" className="mt-0.5 text-sm text-muted-foreground">
              {subtitle}
            </p>
          )}
        </div>
        <div className="no-print flex shrink-0 flex-wrap items-center gap-1.5">
          <Button size="sm" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
            {t("chart.showTable")}
          </Button>
          {actions}
          {download && (
            <DownloadMenu
              frameRef={frameRef}
              figure={{
                title,
                subtitle,
                source,
                asOf,
                summary,
                altText,
                datasetVersion,
                chart: children,
                table,
              }}
            />
          )}
        </div>
      </header>
      <p className="sr-only">{summary}</p>
      <ErrorBoundary
        fallbackRender={({ error }) => (
          <ErrorMessage title={t("chart.failed", { title })}>
            <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
          </ErrorMessage>
        )}
      >
        {showTable ? (
          table
        ) : (
          <div data-figure-body="" className="min-h-0 flex-1">
            {children}
          </div>
        )}
      </ErrorBoundary>
      <footer className="mt-3 flex flex-wrap justify-between gap-x-4 gap-y-1 border-t border-border pt-2 text-xs text-muted-foreground">
        <span data-figure-source="">{t("chart.source", { source })}</span>
        <span data-figure-asof="">{t("chart.asOf", { date: asOf })}</span>
      </footer>
    </section>
  );
}
