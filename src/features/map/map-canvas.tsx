import { useSuspenseQuery } from "@tanstack/react-query";
import { geoPath } from "d3-geo";
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  severalValue,
  shadeClassOf,
  shadeValue,
  type MapLayout,
  type ProvinceTotals,
  type ShadeClass,
  type ShadeMeasure,
  type SizeMeasure,
} from "@/data/selectors/map";
import { SPREAD_ZOOM } from "@/data/selectors/map-sites";
import type { Geography } from "@/lib/figure/geo";
import { useMeasuredWidth } from "@/components/ui/use-measured-width";
import { useFormat } from "@/shared/use-format";
import { boundariesQueryOptions } from "@/shared/boundaries";
import { makeProjection, mapSize } from "./geography";
import { GestureHintOverlay, MapZoomButtons, OnlySeaNotice } from "./map-controls";
import { MapGeoLayer, NeighbourLabels } from "./map-geo-layer";
import { MapLabels } from "./map-labels";
import { MapLegend } from "./map-legend";
import { MapLines, MapPoints, MapSiteBubbles } from "./map-markers";
import { MapPlaceholder } from "./map-placeholder";
import { MapSeveralBox } from "./map-several-box";
import { MapSiteList } from "./map-site-list";
import { MapTooltip } from "./map-tooltip";
import { placeMarkers, tooltipOf } from "./place-markers";
import type { MapLayer } from "./map-url-state";
import { SEA_FILL, shadeFill } from "./shade";
import { useMapZoom, useOnlySea } from "./use-map-zoom";
import { useUnitLabels } from "./use-unit-labels";

const ZOOM_STEP = 1.5;
const PAN_STEP = 80;
/** Below this width the map's buttons go under it and its type is smaller. */
export const NARROW_MAP = 560;
/** Where no width can be measured (a test's DOM): the map is drawn at this width. */
const UNMEASURED_WIDTH = 800;

interface MapCanvasProps {
  layer: MapLayer;
  layout: MapLayout;
  size: SizeMeasure;
  totals: ProvinceTotals;
  shade: ShadeMeasure;
  classes: readonly ShadeClass[];
  activeId: string | null;
  onActivate: (id: string | null) => void;
  onChoose: (id: string) => void;
}

/**
 * The interactive map: its box is measured first (a placeholder holds its place), then the map is
 * drawn for that width. Nothing is projected or placed for a width the map will not have.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { data: geo } = useSuspenseQuery(boundariesQueryOptions);
  const [wrapperRef, measured] = useMeasuredWidth<HTMLDivElement>(UNMEASURED_WIDTH, {
    transition: true,
  });
  return (
    <div ref={wrapperRef} className="w-full">
      {measured === 0 ? <MapPlaceholder /> : <MapDrawing {...props} geo={geo} width={measured} />}
    </div>
  );
}

function MapDrawing({
  layer,
  layout,
  size,
  totals,
  shade,
  classes,
  activeId,
  onActivate,
  onChoose,
  geo,
  width: measured,
}: MapCanvasProps & { geo: Geography; width: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { width, height } = mapSize(measured);
  const narrow = width < NARROW_MAP;
  const helpId = useId();
  const tooltipId = useId();
  const siteListId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [openSite, setOpenSite] = useState<string | null>(null);

  const base = useMemo(
    () => makeProjection(width, height, { zoom: 1, centre: null }),
    [width, height],
  );
  const path = useMemo(() => geoPath(base), [base]);
  const { attach, transform, hint, zoomBy, panBy, reset, zoomTo } = useMapZoom(base, width, height);
  const at = useMemo(
    () => (ll: readonly [number, number]) => transform.apply(base([ll[0], ll[1]]) ?? [0, 0]),
    [transform, base],
  );

  // A hand-edited position can show nothing but sea: said, with the way back (zoom 1 shows all).
  const onlySea = useOnlySea(geo, path, transform, width, height);

  const fontSize = narrow ? 11 : 13;
  const lineHeight = fontSize + 2;
  const showProjects = layer === "projects";
  const maxRadius = Math.min(28, Math.max(12, width / 32));
  const fill = useMemo(() => {
    const byProvince = new Map(totals.rows.map((r) => [r.province, r]));
    return (province: string) => {
      const row = byProvince.get(province as never);
      return showProjects || !row
        ? "var(--card)"
        : shadeFill(shadeClassOf(shadeValue(row, shade), classes), classes.length);
    };
  }, [totals, showProjects, shade, classes]);

  const labels = useUnitLabels({
    geo,
    totals: showProjects ? null : totals,
    shade,
    fontSize,
    lineHeight,
    at,
    invert: (xy) => base.invert?.(transform.invert(xy)) ?? null,
  });
  const placed = useMemo(
    () => placeMarkers(layout, transform.k, at, maxRadius, fontSize),
    [layout, transform.k, at, maxRadius, fontSize],
  );

  const onMapKey = (event: KeyboardEvent<SVGSVGElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = Object.hasOwn(moves, event.key) ? moves[event.key] : undefined;
    if (move && transform.k > 1) {
      event.preventDefault();
      panBy(move[0], move[1]);
    } else if (event.key === "+" || event.key === "=") {
      event.preventDefault();
      zoomBy(ZOOM_STEP);
    } else if (event.key === "-") {
      event.preventDefault();
      zoomBy(1 / ZOOM_STEP);
    }
  };

  const tooltip = showProjects ? tooltipOf(activeId, placed.points, layout.lines, at, t) : null;
  const site = showProjects ? placed.sites.find((s) => s.site.key === openSite) : undefined;
  const closeSite = (refocus: boolean) => {
    const key = openSite;
    setOpenSite(null);
    if (refocus && key)
      boxRef.current?.querySelector<SVGGElement>(`[data-site="${CSS.escape(key)}"]`)?.focus();
  };
  const events = {
    activeId,
    focusedId,
    tooltipId,
    onActivate,
    onFocusChange: setFocusedId,
    onChoose,
  };
  const several = severalValue(totals, shade);

  return (
    <>
      <p id={helpId} className="sr-only">
        {t("map.figureHelp")}
      </p>
      <div ref={boxRef} className="relative mx-auto" style={{ width }}>
        <svg
          ref={attach}
          data-export=""
          role="group"
          aria-label={t("map.figure")}
          aria-describedby={helpId}
          tabIndex={0}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="block rounded-md border border-border select-none"
          style={{
            // SVG text-anchor start/end swap sides in a right-to-left page; the map's labels
            // are placed in map coordinates, so the SVG is always laid out left to right.
            direction: "ltr",
            cursor: transform.k > 1 ? "grab" : undefined,
          }}
          onKeyDown={onMapKey}
        >
          <rect width={width} height={height} fill={SEA_FILL} />
          <MapGeoLayer geo={geo} path={path} transform={transform} fillOf={fill} />
          <NeighbourLabels at={at} fontSize={fontSize} />
          {showProjects && (
            <g>
              <MapLines layout={layout} path={path} transform={transform} at={at} {...events} />
              <MapPoints points={placed.points} {...events} />
              <MapSiteBubbles
                sites={placed.sites}
                openKey={openSite}
                listId={siteListId}
                fontSize={fontSize}
                onOpen={(key) => setOpenSite(openSite === key ? null : key)}
              />
            </g>
          )}
          <MapLabels
            labels={labels}
            fontSize={fontSize}
            lineHeight={lineHeight}
            valueLines={showProjects ? 0 : 1}
          />
          {!showProjects && totals.several.projects > 0 && (
            <MapSeveralBox
              fill={shadeFill(shadeClassOf(several, classes), classes.length)}
              value={
                shade === "investment"
                  ? format.usdMillionsShort(totals.several.usdMillions)
                  : format.number(totals.several.projects)
              }
              count={totals.several.projects}
              height={height}
              fontSize={fontSize}
            />
          )}
        </svg>
        <GestureHintOverlay hint={hint} height={height} />
        <MapZoomButtons
          zoom={transform.k}
          narrow={narrow}
          onZoomIn={() => zoomBy(ZOOM_STEP)}
          onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
          onReset={reset}
        />
        {onlySea && <OnlySeaNotice onShowAll={reset} />}
        {tooltip && (
          <MapTooltip
            id={tooltipId}
            project={tooltip.project}
            where={tooltip.where}
            anchor={tooltip.anchor}
            width={width}
            height={height}
          />
        )}
        {site && (
          <MapSiteList
            id={siteListId}
            site={site.site}
            x={site.x}
            y={site.y}
            width={width}
            height={height}
            onChoose={(id) => {
              setOpenSite(null);
              onChoose(id);
            }}
            onZoom={() => {
              setOpenSite(null);
              zoomTo([site.site.lon, site.site.lat], SPREAD_ZOOM * 1.5);
            }}
            onClose={closeSite}
          />
        )}
      </div>
      {labels.some((l) => l.short) && (
        <p className="mt-1.5 text-xs text-muted-foreground">{t("map.abbreviations")}</p>
      )}
      <MapLegend
        layer={layer}
        layout={layout}
        size={size}
        maxRadius={maxRadius}
        shade={shade}
        classes={classes}
        totals={totals}
        sharedPlaces={placed.shared > 0}
      />
    </>
  );
}
