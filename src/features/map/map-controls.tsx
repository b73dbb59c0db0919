import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { useFormat } from "@/shared/use-format";
import { MAX_ZOOM } from "./geography";
import type { GestureHint } from "./use-map-zoom";

/** Zoom in, zoom out and reset, beside the map (below it on a narrow screen). */
export function MapZoomButtons({
  zoom,
  narrow,
  onZoomIn,
  onZoomOut,
  onReset,
}: {
  zoom: number;
  narrow: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <div
        className={
          narrow ? "mt-2 flex justify-end gap-1" : "absolute end-2 top-2 flex flex-col gap-1"
        }
      >
        <Button
          size="sm"
          className="size-8 p-0 text-base"
          aria-label={t("map.zoomIn")}
          title={t("map.zoomIn")}
          disabled={zoom >= MAX_ZOOM}
          onClick={onZoomIn}
        >
          +
        </Button>
        <Button
          size="sm"
          className="size-8 p-0 text-base"
          aria-label={t("map.zoomOut")}
          title={t("map.zoomOut")}
          disabled={zoom <= 1}
          onClick={onZoomOut}
        >
          −
        </Button>
        <Button
          size="sm"
          className="size-8 p-0"
          aria-label={t("map.reset")}
          title={t("map.reset")}
          disabled={zoom <= 1}
          onClick={onReset}
        >
          <ResetIcon />
        </Button>
      </div>
      <p className="sr-only" aria-live="polite">
        {t("map.zoomLevel", { zoom: format.number(zoom, 1) })}
      </p>
    </>
  );
}

/** A position that shows only sea (a hand-edited address) says so, with the way back. */
export function OnlySeaNotice({ onShowAll }: { onShowAll: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      role="status"
      className="absolute inset-x-0 top-12 mx-auto flex w-fit max-w-[90%] flex-wrap items-center gap-2 rounded-md border border-border bg-card p-2 text-sm text-foreground shadow"
    >
      <span>{t("map.onlySea")}</span>
      <Button size="sm" onClick={onShowAll}>
        {t("map.showAll")}
      </Button>
    </div>
  );
}

/** What to do instead of a gesture the map leaves to the page: over the map, for a moment. */
export function GestureHintOverlay({ hint, height }: { hint: GestureHint; height: number }) {
  const { t } = useTranslation();
  if (!hint) return null;
  const mac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
  const text =
    hint === "touch" ? t("map.hint.touch") : mac ? t("map.hint.wheelMac") : t("map.hint.wheel");
  return (
    <div
      aria-hidden="true"
      data-hint={hint}
      className="pointer-events-none absolute inset-x-0 top-0 grid place-items-center rounded-md bg-foreground/60 p-4 text-center text-base font-semibold text-background"
      style={{ height }}
    >
      {text}
    </div>
  );
}

function ResetIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
    >
      <path d="M3 8a5 5 0 1 0 1.5-3.5" strokeLinecap="round" />
      <path d="M3 2.5V5h2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
