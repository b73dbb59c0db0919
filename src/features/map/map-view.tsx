import type { Filters } from "@/data/filters";
import { memo, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { useDataset } from "@/data/queries";
import {
  mapLayout,
  mapListProjects,
  provinceTotals,
  SHADE_MEASURES,
  shadeClasses,
  shadeMax,
  SIZE_MEASURES,
} from "@/data/selectors/map";
import { selectFilteredProjects } from "@/data/selectors/projects";
import { ClientOnly } from "@/shared/client-only";
import { EmptyResult } from "@/shared/empty-result";
import { useSelectedProject } from "@/shared/url-state";
import { useFigure } from "@/shared/use-figure";
import { buildMapFigure } from "@/lib/figure/build/map";
import { DeferredFilters } from "@/shared/updating";
import { MapCanvas } from "./map-canvas";
import { MapFrame } from "./map-frame";
import { NO_GEOGRAPHY } from "@/lib/figure/geo";
import { MapPlaceholder } from "./map-placeholder";
import { MapProjectList } from "./map-project-list";
import { DeferUntilNear, HeldRoom } from "@/components/charts/deferred-figures";
import { MAP_LAYERS, useMapLayer, useMapShade, useMapSize, useMapViewState } from "./map-url-state";

export function MapView() {
  return <DeferredFilters content={MapContent} />;
}

const MapContent = memo(function MapContent({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const projects = useDataset((d) => selectFilteredProjects(d, filters));
  const [layer, setLayer] = useMapLayer();
  const [size, setSize] = useMapSize();
  const [shade, setShade] = useMapShade();
  const [, setSelectedProject] = useSelectedProject();
  const [activeId, setActiveId] = useState<string | null>(null);

  const layout = useMemo(() => mapLayout(projects, size), [projects, size]);
  const listed = useMemo(() => mapListProjects(layout), [layout]);
  const totals = useMemo(() => provinceTotals(projects), [projects]);
  const classes = useMemo(() => shadeClasses(shadeMax(totals, shade), shade), [shade, totals]);

  const [view] = useMapViewState();
  const options = useMemo(
    () => ({ size, shade, view, layer, boundaries: NO_GEOGRAPHY }),
    [size, shade, view, layer],
  );
  const figure = useFigure(buildMapFigure, filters, options);

  if (projects.length === 0) return <EmptyResult />;

  const choose = (id: string) => void setSelectedProject(id);

  return (
    <div data-view="map" className="space-y-3">
      <div
        role="group"
        aria-label={t("map.controls")}
        className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm"
      >
        <Segmented
          label={t("map.layer.label")}
          options={MAP_LAYERS.map((v) => ({ value: v, label: t(`map.layer.${v}`) }))}
          value={layer}
          onChange={(v) => void setLayer(v)}
        />
        {layer === "projects" ? (
          <Segmented
            label={t("map.size.label")}
            options={SIZE_MEASURES.map((v) => ({ value: v, label: t(`map.size.${v}`) }))}
            value={size}
            onChange={(v) => void setSize(v)}
          />
        ) : (
          <Segmented
            label={t("map.shade.label")}
            options={SHADE_MEASURES.map((v) => ({ value: v, label: t(`map.shade.${v}`) }))}
            value={shade}
            onChange={(v) => void setShade(v)}
          />
        )}
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem] 2xl:grid-cols-[minmax(0,1fr)_26rem]">
        <MapFrame figure={figure}>
          <Suspense fallback={<MapPlaceholder />}>
            <ClientOnly>
              <MapCanvas
                layer={layer}
                layout={layout}
                size={size}
                totals={totals}
                shade={shade}
                classes={classes}
                activeId={activeId}
                onActivate={setActiveId}
                onChoose={choose}
              />
            </ClientOnly>
          </Suspense>
        </MapFrame>
        {/* Below the map on a phone: drawn when the reader goes on, as the Projects table is. */}
        <DeferUntilNear placeholder={<HeldRoom rem={36} />}>
          <MapProjectList
            projects={listed}
            activeId={activeId}
            onActivate={setActiveId}
            onChoose={choose}
          />
        </DeferUntilNear>
      </div>
    </div>
  );
});

function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-2">
      <span aria-hidden="true" className="text-muted-foreground">
        {label}
      </span>
      <span className="inline-flex gap-1">
        {options.map((o) => (
          <Button
            key={o.value}
            size="sm"
            aria-pressed={o.value === value}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </Button>
        ))}
      </span>
    </div>
  );
}
