import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { StatusDot } from "@/shared/project-status";
import type { MapPoint } from "@/data/selectors/map";
import type { Site } from "@/data/selectors/map-sites";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useFormat } from "@/shared/use-format";

const WIDTH = 288;

/**
 * The projects of one count bubble, as a list beside it: each opens its detail, and "zoom in here"
 * spreads the bubble on the map. Focus moves into the list and returns to the bubble on Escape.
 */
export function MapSiteList({
  id,
  site,
  x,
  y,
  width,
  height,
  onChoose,
  onZoom,
  onClose,
}: {
  id: string;
  site: Site<MapPoint>;
  /** The bubble's place in the map's pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  onChoose: (projectId: string) => void;
  onZoom: () => void;
  /** `refocus`: give the focus back to the bubble (Escape, the close button). */
  onClose: (refocus: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const place = site.items[0]!.place;

  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>("li button")?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (box.current?.contains(target) || target?.closest(`[data-site="${site.key}"]`)) return;
      onClose(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [site.key, onClose]);

  const w = Math.min(WIDTH, width - 8);
  const left = Math.max(4, Math.min(width - w - 4, x - w / 2));
  const below = y < height / 2;
  return (
    <div
      ref={box}
      id={id}
      role="dialog"
      aria-labelledby={titleId}
      className="absolute z-20 rounded-md border border-border bg-card p-2 text-sm text-card-foreground shadow-lg"
      style={{
        left,
        width: w,
        top: below ? y + 18 : undefined,
        bottom: below ? undefined : height - y + 18,
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose(true);
        }
      }}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id={titleId} className="font-semibold">
          {t("map.site.title", { count: site.items.length, place })}
        </h3>
        <Button
          size="sm"
          variant="ghost"
          className="size-7 shrink-0 p-0"
          aria-label={t("map.site.close")}
          onClick={() => onClose(true)}
        >
          ×
        </Button>
      </div>
      <ul className="mt-1 max-h-60 overflow-y-auto">
        {site.items.map(({ project }) => (
          <li key={project.id} className="border-b border-border/60 last:border-0">
            <button
              type="button"
              className="flex w-full items-start gap-2 rounded px-1 py-1.5 text-start hover:bg-muted"
              onClick={() => onChoose(project.id)}
            >
              <StatusDot status={project.status} className="mt-1.5 shrink-0" />
              <span className="min-w-0">
                <bdi lang={projectNameLang(project, format.lang)} className="font-medium">
                  {projectName(project, format.lang)}
                </bdi>
                <span className="block text-xs text-muted-foreground">
                  {t(`status.${project.status}`)}
                  {" · "}
                  {project.cost
                    ? format.usdMillions(project.cost.usdMillions)
                    : t("map.site.noCost")}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <Button size="sm" className="mt-2 w-full" onClick={onZoom}>
        {t("map.site.zoom")}
      </Button>
    </div>
  );
}
