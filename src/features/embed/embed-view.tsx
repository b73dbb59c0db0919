import { quote } from "@/lib/quote";
import { useQueryState } from "nuqs";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ErrorMessage } from "@/components/ui/error-message";
import { cn } from "@/lib/cn";
import type { Figure } from "@/lib/figure/figure";
import { URL_PARAMS, type View } from "@/lib/url-params";
import { EmbedBody } from "./embed-body";
import { embedSpec, type EmbedSpec } from "./embed-catalog";
import { useFixedFigure, useMapFigure, useTimelineFigure } from "./embed-figures";
import { EmbedLegend } from "./embed-legend";
import { dashboardHref } from "./embed-page";

/**
 * Embed mode (`embed=<figure id>`): the one figure, its caption, chart, legend, notes and footer,
 * its table twin and download menu, filling the frame it is shown in, with a link back to the full
 * dashboard. The document's title is the figure's. An id no figure has gets a notice naming it.
 */
export default function EmbedView() {
  const [id] = useQueryState("embed", URL_PARAMS.embed.parser);
  const spec = embedSpec(id);
  return spec ? <EmbedSpecFigure spec={spec} /> : <UnknownEmbed id={id} />;
}

function EmbedSpecFigure({ spec }: { spec: EmbedSpec }) {
  switch (spec.kind) {
    case "fixed":
      return <FixedEmbed spec={spec} />;
    case "timeline":
      return <TimelineEmbed />;
    case "map":
      return <MapEmbed layer={spec.layer} />;
  }
}

function FixedEmbed({ spec }: { spec: Extract<EmbedSpec, { kind: "fixed" }> }) {
  return <EmbedFrame figure={useFixedFigure(spec.build)} view={spec.view} />;
}

function TimelineEmbed() {
  return <EmbedFrame figure={useTimelineFigure()} view="timeline" />;
}

function MapEmbed({ layer }: { layer: "projects" | "provinces" }) {
  return <EmbedFrame figure={useMapFigure(layer)} view="map" />;
}

function EmbedFrame({ figure: built, view }: { figure: Figure; view: View }) {
  const { t } = useTranslation();
  const back = dashboardHref(window.location.search, window.location.pathname, view);
  // Files and "Copy link" point at the full view, not at the embed.
  const figure = useMemo(
    () => ({ ...built, link: new URL(back, window.location.href).href }),
    [built, back],
  );
  useEffect(() => {
    document.title = figure.title;
  }, [figure.title]);
  return (
    <main className="flex h-dvh flex-col overflow-hidden bg-card">
      <h1 className="sr-only">{t("app.name")}</h1>
      {/* The chart keeps at least about half the frame; long notes (the map's boundaries) then
          scroll inside the frame, which takes focus so a keyboard can scroll it too. */}
      <ChartFrame
        figure={figure}
        tabIndex={0}
        className={cn(
          "min-h-0 flex-1 overflow-auto rounded-none border-0 pb-1 shadow-none",
          // The map's keys sit beside it: it needs more of the frame to be read.
          figure.kind === "map"
            ? "[&_[data-figure-body]]:min-h-[max(260px,64dvh)]"
            : "[&_[data-figure-body]]:min-h-[max(200px,45dvh)]",
        )}
      >
        <div className="flex h-full flex-col">
          <EmbedLegend legend={figure.legend} />
          <div className="min-h-0 flex-1">
            <EmbedBody figure={figure} />
          </div>
        </div>
      </ChartFrame>
      <p className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 pb-3 text-xs text-muted-foreground">
        {figure.filters.length > 0 && (
          <span data-embed-filters="">
            {t("embed.filters", { filters: figure.filters.join(" · ") })}
          </span>
        )}
        <a
          href={back}
          target="_blank"
          rel="noopener"
          className="font-medium text-primary underline underline-offset-2"
        >
          {t("embed.open")}
        </a>
      </p>
    </main>
  );
}

/** An embed code whose figure id the dashboard does not know: said, with the way on. */
function UnknownEmbed({ id }: { id: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t("app.name");
  }, [t]);
  return (
    <main className="p-4">
      <h1 className="sr-only">{t("app.name")}</h1>
      <ErrorMessage title={t("embed.unknown.title", { id: quote(id) })}>
        <p className="mt-1">{t("embed.unknown.body")}</p>
        <p className="mt-3">
          <a
            href={dashboardHref(window.location.search, window.location.pathname, null)}
            target="_blank"
            rel="noopener"
            className="font-medium underline underline-offset-2"
          >
            {t("embed.unknown.link")}
          </a>
        </p>
      </ErrorMessage>
    </main>
  );
}
