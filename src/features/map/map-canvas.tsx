import { useSuspenseQuery } from "@tanstack/react-query";
import { geoInterpolate, geoPath, type GeoPath, type GeoProjection } from "d3-geo";
import type { LineString } from "geojson";
import {
  memo,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  type SVGProps,
} from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { STATUS_COLORS } from "@/data/palette";
import type { Project } from "@/data/schema";
import {
  markerRadius,
  shadeClassOf,
  shadeValue,
  stacks,
  type MapLayout,
  type ProvinceTotals,
  type ShadeClass,
  type ShadeMeasure,
  type SizeMeasure,
} from "@/data/selectors/map";
import { formatNumber, formatUnit, formatUsdMillions, formatUsdMillionsShort } from "@/lib/format";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useMeasuredWidth } from "@/shared/use-measured-width";
import { useLanguage } from "@/shared/url-state";
import {
  boundariesQueryOptions,
  makeProjection,
  showsOnlySea,
  mapSize,
  MAX_ZOOM,
  pannedCentre,
  zoomedCentre,
} from "./geography";
import { NEIGHBOUR_LABELS, UNIT_LABELS } from "@/lib/figure/geo";
import { MapLegend } from "./map-legend";
import { MapPlaceholder } from "./map-placeholder";
import { useMapViewState, type MapLayer } from "./map-url-state";
import { SEA_FILL, shadeFill } from "./shade";

const ZOOM_STEP = 1.5;
const PAN_STEP = 80;
/** Below this width the longer unit names are abbreviated (and the abbreviations explained). */
export const NARROW_MAP = 560;

/** Where no width can be measured (a test's DOM): the map is drawn at this width. */
const UNMEASURED_WIDTH = 800;

interface Anchor {
  x: number;
  y: number;
  /** Clearance above and below the anchor (the marker's radius). */
  r: number;
}

export function MapCanvas({
  layer,
  layout,
  size,
  totals,
  shade,
  classes,
  activeId,
  onActivate,
  onChoose,
}: {
  layer: MapLayer;
  layout: MapLayout;
  size: SizeMeasure;
  totals: ProvinceTotals;
  shade: ShadeMeasure;
  classes: readonly ShadeClass[];
  activeId: string | null;
  onActivate: (id: string | null) => void;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const { data: geo } = useSuspenseQuery(boundariesQueryOptions);
  const [view, setView] = useMapViewState();
  const [wrapperRef, measured] = useMeasuredWidth<HTMLDivElement>(UNMEASURED_WIDTH, {
    transition: true,
  });
  const { width, height } = mapSize(measured || UNMEASURED_WIDTH);
  const narrow = width < NARROW_MAP;
  const helpId = useId();
  const tooltipId = useId();

  const projection = useMemo(() => makeProjection(width, height, view), [width, height, view]);
  const path = useMemo(() => geoPath(projection), [projection]);
  // A hand-edited position can show nothing but sea: said, with the way back (zoom 1 shows all).
  const onlySea = useMemo(
    () => view.zoom > 1 && showsOnlySea([...geo.units, ...geo.neighbours], path, width, height),
    [view.zoom, geo, path, width, height],
  );
  const maxRadius = Math.min(28, Math.max(12, width / 32));
  const stacked = useMemo(() => stacks(layout.points), [layout.points]);
  /** Where a point is drawn: its place, fanned out a few pixels when others share it. */
  const pointAt = (id: string, lon: number, lat: number): [number, number] => {
    const [x, y] = projection([lon, lat]) ?? [0, 0];
    const stack = stacked.get(id);
    if (!stack || stack.count < 2) return [x, y];
    const angle = -Math.PI / 2 + (2 * Math.PI * stack.index) / stack.count;
    const distance = Math.min(12, 4 + stack.count);
    return [x + distance * Math.cos(angle), y + distance * Math.sin(angle)];
  };

  const zoomBy = (factor: number, px = width / 2, py = height / 2) => {
    const zoom = Math.min(MAX_ZOOM, view.zoom * factor);
    const centre = zoomedCentre(projection, width, height, px, py, zoom / view.zoom);
    void setView({ zoom, centre });
  };
  const panBy = (dx: number, dy: number) => {
    if (view.zoom <= 1) return;
    void setView({ zoom: view.zoom, centre: pannedCentre(projection, width, height, dx, dy) });
  };

  // Ctrl/⌘ + wheel (and trackpad pinch) zooms about the pointer; a plain wheel still scrolls the page.
  const svgRef = useRef<SVGSVGElement>(null);
  const latest = useRef({ view, projection, width, height, setView });
  useLayoutEffect(() => {
    latest.current = { view, projection, width, height, setView };
  });
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const { view: v, projection: p, width: w, height: h, setView: set } = latest.current;
      const box = svg.getBoundingClientRect();
      const zoom = Math.min(MAX_ZOOM, Math.max(1, v.zoom * Math.exp(-event.deltaY * 0.002)));
      if (zoom === v.zoom) return;
      const centre = zoomedCentre(
        p,
        w,
        h,
        event.clientX - box.left,
        event.clientY - box.top,
        zoom / v.zoom,
      );
      void set({ zoom, centre });
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, []);

  const drag = useRef<{
    x: number;
    y: number;
    projection: GeoProjection;
    zoom: number;
    moved: boolean;
  } | null>(null);
  const suppressClick = useRef(false);
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0 || view.zoom <= 1) return;
    drag.current = {
      x: event.clientX,
      y: event.clientY,
      projection,
      zoom: view.zoom,
      moved: false,
    };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = event.clientX - d.x;
    const dy = event.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < 4) return;
    if (!d.moved) event.currentTarget.setPointerCapture(event.pointerId);
    d.moved = true;
    void setView({ zoom: d.zoom, centre: pannedCentre(d.projection, width, height, dx, dy) });
  };
  const endDrag = () => {
    if (drag.current?.moved) {
      suppressClick.current = true;
      setTimeout(() => (suppressClick.current = false), 0);
    }
    drag.current = null;
  };

  const onMapKey = (event: KeyboardEvent<SVGSVGElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = moves[event.key];
    if (move && view.zoom > 1) {
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

  // the keyboard focus keeps its ring while the pointer wanders over other markers
  const [focusedId, setFocusedId] = useState<string | null>(null);
  if (measured === 0) {
    return (
      <div ref={wrapperRef} className="w-full">
        <MapPlaceholder />
      </div>
    );
  }
  const choose = (id: string) => {
    if (!suppressClick.current) onChoose(id);
  };
  const markerProps = (project: Project) => ({
    role: "button",
    tabIndex: 0,
    "aria-label": t("map.marker", {
      name: projectName(project, lang),
      status: t(`status.${project.status}`),
    }),
    "aria-describedby": activeId === project.id ? tooltipId : undefined,
    "data-project": project.id,
    className: "cursor-pointer outline-none",
    onClick: () => choose(project.id),
    onKeyDown: (event: KeyboardEvent<SVGGElement>) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        event.stopPropagation();
        onChoose(project.id);
      } else if (event.key === "Escape") {
        onActivate(null);
      }
    },
    onPointerEnter: () => onActivate(project.id),
    onPointerLeave: () => onActivate(null),
    onFocus: () => {
      setFocusedId(project.id);
      onActivate(project.id);
    },
    onBlur: () => {
      setFocusedId(null);
      onActivate(null);
    },
  });

  const xy = (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0];
  const fontSize = narrow ? 11 : 13;
  const showProjects = layer === "projects";
  const totalsByProvince = new Map(totals.rows.map((r) => [r.province, r]));

  let tooltip: { project: Project; anchor: Anchor; where: string } | null = null;
  if (showProjects && activeId) {
    const point = layout.points.find((p) => p.project.id === activeId);
    const line = layout.lines.find((l) => l.project.id === activeId);
    if (point) {
      const [x, y] = pointAt(point.project.id, point.point.lon, point.point.lat);
      tooltip = {
        project: point.project,
        anchor: { x, y, r: markerRadius(point.value, layout.maxValue, maxRadius) },
        where: t(`map.tooltip.${point.precision}`, { place: point.place }),
      };
    } else if (line) {
      const [lon, lat] = geoInterpolate(
        [line.from.lon, line.from.lat],
        [line.to.lon, line.to.lat],
      )(0.5);
      const [x, y] = xy(lon, lat);
      tooltip = {
        project: line.project,
        anchor: { x, y, r: 4 },
        where: t("map.tooltip.line", { from: line.from.name, to: line.to.name }),
      };
    }
  }

  return (
    <div ref={wrapperRef} className="w-full">
      <p id={helpId} className="sr-only">
        {t("map.figureHelp")}
      </p>
      <div className="relative mx-auto" style={{ width }}>
        <svg
          ref={svgRef}
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
            touchAction: view.zoom > 1 ? "none" : "auto",
            cursor: view.zoom > 1 ? "grab" : undefined,
          }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onKeyDown={onMapKey}
        >
          <rect width={width} height={height} fill={SEA_FILL} />
          <g aria-hidden="true">
            {geo.neighbours.map((n) => (
              <GeoShape key={n.properties.name} shape={n} path={path} fill="var(--muted)" />
            ))}
            <GeoShape
              shape={geo.neighbourLines}
              path={path}
              fill="none"
              stroke="var(--border)"
              strokeWidth={0.8}
            />
            {geo.units.map((u) => {
              const row = totalsByProvince.get(u.province);
              const fill =
                showProjects || !row
                  ? "var(--card)"
                  : shadeFill(shadeClassOf(shadeValue(row, shade), classes), classes.length);
              return (
                <GeoShape
                  key={u.province}
                  data-unit={u.province}
                  shape={u}
                  path={path}
                  fill={fill}
                />
              );
            })}
            <GeoShape
              shape={geo.provinceLines}
              path={path}
              fill="none"
              stroke="var(--muted-foreground)"
              strokeWidth={0.8}
            />
            <GeoShape
              shape={geo.outline}
              path={path}
              fill="none"
              stroke="var(--foreground)"
              strokeWidth={1.1}
              strokeLinejoin="round"
            />
            <GeoShape
              shape={geo.lineOfControl}
              path={path}
              fill="none"
              stroke="var(--foreground)"
              strokeWidth={1.4}
              strokeDasharray="5 3"
              data-boundary="line-of-control"
            />
            <GeoShape
              shape={geo.siachenLine}
              path={path}
              fill="none"
              stroke="var(--foreground)"
              strokeWidth={1.4}
              strokeDasharray="2 3"
              data-boundary="siachen"
            />
            {NEIGHBOUR_LABELS.map((l) => {
              const [x, y] = xy(l.at[0], l.at[1]);
              return (
                <text
                  key={l.key}
                  x={x}
                  y={y}
                  textAnchor="middle"
                  fontSize={fontSize - 1}
                  fontStyle="italic"
                  fill="var(--muted-foreground)"
                >
                  {t(`map.neighbour.${l.key}`)}
                </text>
              );
            })}
          </g>
          {showProjects && (
            <g>
              {layout.lines.map((l) => {
                const d =
                  path({
                    type: "LineString",
                    coordinates: [
                      [l.from.lon, l.from.lat],
                      [l.to.lon, l.to.lat],
                    ],
                  } satisfies LineString) ?? "";
                const colour = STATUS_COLORS[l.project.status];
                const active = activeId === l.project.id || focusedId === l.project.id;
                const [fx, fy] = xy(l.from.lon, l.from.lat);
                const [tx, ty] = xy(l.to.lon, l.to.lat);
                return (
                  <g key={l.project.id} {...markerProps(l.project)} data-precision="line">
                    <path d={d} fill="none" stroke="transparent" strokeWidth={14} />
                    {active && (
                      <path
                        d={d}
                        fill="none"
                        stroke="var(--foreground)"
                        strokeWidth={7}
                        strokeLinecap="round"
                      />
                    )}
                    <path
                      d={d}
                      fill="none"
                      stroke={colour}
                      strokeWidth={3.5}
                      strokeLinecap="round"
                    />
                    <circle
                      cx={fx}
                      cy={fy}
                      r={3.5}
                      fill={colour}
                      stroke="var(--card)"
                      strokeWidth={1}
                    />
                    <circle
                      cx={tx}
                      cy={ty}
                      r={3.5}
                      fill={colour}
                      stroke="var(--card)"
                      strokeWidth={1}
                    />
                  </g>
                );
              })}
              {layout.points.map((p) => {
                const [x, y] = pointAt(p.project.id, p.point.lon, p.point.lat);
                const r = markerRadius(p.value, layout.maxValue, maxRadius);
                const colour = STATUS_COLORS[p.project.status];
                const active = activeId === p.project.id || focusedId === p.project.id;
                return (
                  <g
                    key={p.project.id}
                    {...markerProps(p.project)}
                    data-precision={p.precision}
                    transform={`translate(${x},${y})`}
                  >
                    {active && (
                      <circle
                        r={r + 3.5}
                        fill="none"
                        stroke="var(--foreground)"
                        strokeWidth={2.5}
                      />
                    )}
                    {p.precision === "exact" ? (
                      <circle
                        r={r}
                        fill={colour}
                        fillOpacity={0.85}
                        stroke="var(--card)"
                        strokeWidth={1}
                      />
                    ) : (
                      <>
                        {/* a ring is hit on its band only, so that markers inside it stay reachable */}
                        <circle r={r} fill="none" stroke="transparent" strokeWidth={8} />
                        <circle r={r} fill="none" stroke={colour} strokeWidth={2.5} />
                      </>
                    )}
                  </g>
                );
              })}
            </g>
          )}
          <g aria-hidden="true" pointerEvents="none">
            {geo.units.map((u) => {
              const label = UNIT_LABELS[u.province];
              const [x, y] = xy(label.at[0], label.at[1]);
              const lines = (
                narrow && u.province in SHORT
                  ? t(`map.short.${u.province}`)
                  : t(`map.label.${u.province}`)
              ).split("\n");
              const row = totalsByProvince.get(u.province);
              const value =
                !showProjects && row
                  ? shade === "investment"
                    ? formatUsdMillionsShort(row.usdMillions, lang)
                    : formatNumber(row.projects, lang)
                  : null;
              const leader = label.leader ? xy(label.leader[0], label.leader[1]) : null;
              return (
                <g key={u.province} data-label={u.province}>
                  {leader && (
                    <line
                      x1={x + (label.anchor === "end" ? 3 : -3)}
                      y1={y - fontSize / 3}
                      x2={leader[0]}
                      y2={leader[1]}
                      stroke="var(--foreground)"
                      strokeWidth={0.8}
                    />
                  )}
                  <text
                    x={x}
                    y={y}
                    textAnchor={label.anchor}
                    fontSize={fontSize}
                    fontWeight={600}
                    fill="var(--foreground)"
                    stroke="var(--card)"
                    strokeWidth={3}
                    strokeLinejoin="round"
                    paintOrder="stroke"
                  >
                    {lines.map((line, i) => (
                      <tspan key={line} x={x} dy={i === 0 ? 0 : fontSize + 1}>
                        {line}
                      </tspan>
                    ))}
                    {value !== null && (
                      <tspan x={x} dy={fontSize + 2} fontWeight={400}>
                        {value}
                      </tspan>
                    )}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
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
            disabled={view.zoom >= MAX_ZOOM}
            onClick={() => zoomBy(ZOOM_STEP)}
          >
            +
          </Button>
          <Button
            size="sm"
            className="size-8 p-0 text-base"
            aria-label={t("map.zoomOut")}
            title={t("map.zoomOut")}
            disabled={view.zoom <= 1}
            onClick={() => zoomBy(1 / ZOOM_STEP)}
          >
            −
          </Button>
          <Button
            size="sm"
            className="size-8 p-0"
            aria-label={t("map.reset")}
            title={t("map.reset")}
            disabled={view.zoom <= 1}
            onClick={() => void setView(null)}
          >
            <ResetIcon />
          </Button>
        </div>
        {onlySea && (
          <div
            role="status"
            className="absolute inset-x-0 top-12 mx-auto flex w-fit max-w-[90%] flex-wrap items-center gap-2 rounded-md border border-border bg-card p-2 text-sm text-foreground shadow"
          >
            <span>{t("map.onlySea")}</span>
            <Button size="sm" onClick={() => void setView(null)}>
              {t("map.showAll")}
            </Button>
          </div>
        )}
        <p className="sr-only" aria-live="polite">
          {t("map.zoomLevel", { zoom: formatNumber(view.zoom, lang, 1) })}
        </p>
        {tooltip && (
          <MapTooltip id={tooltipId} anchor={tooltip.anchor} width={width} height={height}>
            <p className="font-semibold">
              <bdi lang={projectNameLang(tooltip.project, lang)}>
                {projectName(tooltip.project, lang)}
              </bdi>
            </p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
              <dt className="text-muted-foreground">{t("map.tooltip.status")}</dt>
              <dd className="flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className="inline-block size-2.5 rounded-full"
                  style={{ background: STATUS_COLORS[tooltip.project.status] }}
                />
                {t(`status.${tooltip.project.status}`)}
              </dd>
              <dt className="text-muted-foreground">{t("map.tooltip.cost")}</dt>
              <dd>
                {tooltip.project.cost
                  ? formatUsdMillions(tooltip.project.cost.usdMillions, lang)
                  : t("map.tooltip.notReported")}
              </dd>
              <dt className="text-muted-foreground">{t("map.tooltip.capacity")}</dt>
              <dd>
                {tooltip.project.capacity
                  ? formatUnit(tooltip.project.capacity.value, tooltip.project.capacity.unit, lang)
                  : t("map.tooltip.notReported")}
              </dd>
            </dl>
            <p className="mt-1 text-muted-foreground">{tooltip.where}</p>
            <p className="mt-1 text-muted-foreground italic">{t("map.tooltip.open")}</p>
          </MapTooltip>
        )}
      </div>
      {narrow && <p className="mt-1.5 text-xs text-muted-foreground">{t("map.abbreviations")}</p>}
      <MapLegend
        layer={layer}
        layout={layout}
        size={size}
        maxRadius={maxRadius}
        shade={shade}
        classes={classes}
      />
    </div>
  );
}

const SHORT = {
  "khyber-pakhtunkhwa": true,
  islamabad: true,
  "gilgit-baltistan": true,
  "azad-jammu-kashmir": true,
};

/**
 * One boundary shape, its outline computed again only when the projection changes: hovering a
 * marker or switching a layer redraws no boundary, and the first drawing comes in one slice per
 * shape, not one long task for the whole map.
 */
const GeoShape = memo(function GeoShape({
  shape,
  path,
  ...rest
}: {
  shape: Parameters<GeoPath>[0];
  path: GeoPath;
} & Omit<SVGProps<SVGPathElement>, "d" | "path">) {
  return <path d={path(shape) ?? ""} {...rest} />;
});

const TOOLTIP_WIDTH = 256;

function MapTooltip({
  id,
  anchor,
  width,
  height,
  children,
}: {
  id: string;
  anchor: Anchor;
  width: number;
  height: number;
  children: ReactNode;
}) {
  const left = Math.max(0, Math.min(width - TOOLTIP_WIDTH, anchor.x - TOOLTIP_WIDTH / 2));
  const below = anchor.y < height * 0.4;
  return (
    <div
      id={id}
      role="tooltip"
      className="pointer-events-none absolute z-10 rounded-md border border-border bg-card p-2 text-xs text-card-foreground shadow-lg"
      style={{
        left,
        width: Math.min(TOOLTIP_WIDTH, width),
        top: below ? anchor.y + anchor.r + 8 : anchor.y - anchor.r - 8,
        transform: below ? undefined : "translateY(-100%)",
      }}
    >
      {children}
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
