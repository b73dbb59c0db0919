import { useId, useRef, useState, type ComponentProps, type ReactNode } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { cn } from "@/lib/cn";
import type { Figure } from "@/lib/figure/figure";
import { formatPartialDate } from "@/lib/format";
import { DownloadMenu } from "./download-menu";
import { useRegisterFigure } from "./figure-registry-context";
import { FigureTable } from "./figure-table";

/**
 * The unit every figure lives in: the figure's title and subtitle, the chart, its notes, source
 * line and "data as of" date, a switch to its table twin, and the download menu. Everything it
 * says comes from the `figure` value, which every export draws too; one failing chart stays
 * inside its own frame.
 */
export function ChartFrame({
  figure,
  actions,
  download = true,
  className,
  children,
  ...props
}: Omit<ComponentProps<"section">, "title"> & {
  figure: Figure;
  actions?: ReactNode;
  /** Set false for a frame that must not offer downloads. */
  download?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const frameRef = useRef<HTMLElement>(null);
  const asOf = formatPartialDate(figure.asOf, figure.format);
  useRegisterFigure(figure, frameRef);
  return (
    <section
      ref={frameRef}
      aria-labelledby={titleId}
      data-figure={figure.title}
      data-figure-id={figure.id}
      className={cn(
        "flex min-w-0 flex-col rounded-lg border border-border bg-card p-4 shadow-sm",
        className,
      )}
      {...props}
    >
      <header className="mb-3">
        <h2 id={titleId} data-figure-title="" className="text-base font-semibold text-balance">
          {figure.title}
        </h2>
        {figure.subtitle && (
          <p data-figure-subtitle="" className="mt-0.5 text-sm text-muted-foreground">
            {figure.subtitle}
          </p>
        )}
        {/* The same row of actions, in the same place, on every figure. */}
        <div className="no-print mt-2 flex flex-wrap items-center gap-1.5">
          <Button size="sm" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
            {t("chart.showTable")}
          </Button>
          {download && <DownloadMenu frameRef={frameRef} figure={figure} />}
          {actions}
        </div>
      </header>
      <p className="sr-only">{figure.summary}</p>
      <ErrorBoundary
        fallbackRender={({ error }) => (
          <ErrorMessage title={t("chart.failed", { title: figure.title })}>
            <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
          </ErrorMessage>
        )}
      >
        {showTable ? (
          <FigureTable figure={figure} />
        ) : (
          <div data-figure-body="" className="min-h-0 flex-1">
            {children}
          </div>
        )}
      </ErrorBoundary>
      {figure.notes.length > 0 && (
        <ul className="mt-2 space-y-0.5 text-xs text-muted-foreground">
          {figure.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <footer className="mt-3 flex flex-wrap justify-between gap-x-4 gap-y-1 border-t border-border pt-2 text-xs text-muted-foreground">
        <span data-figure-source="">{t("chart.source", { source: figure.sourceLine })}</span>
        <span data-figure-asof="">{t("chart.asOf", { date: asOf })}</span>
      </footer>
    </section>
  );
}
