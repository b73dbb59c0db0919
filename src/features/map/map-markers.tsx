import type { GeoPath } from "d3-geo";
import type { ZoomTransform } from "d3-zoom";
import type { LineString } from "geojson";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { STATUS_COLORS } from "@/data/palette";
import type { Project } from "@/data/schema";
import type { MapLayout } from "@/data/selectors/map";
import { projectName } from "@/shared/project-name";
import { useFormat } from "@/shared/use-format";
import type { PlacedPoint, PlacedSite } from "./place-markers";

export interface MarkerEvents {
  activeId: string | null;
  focusedId: string | null;
  tooltipId: string;
  onActivate: (id: string | null) => void;
  onFocusChange: (id: string | null) => void;
  onChoose: (id: string) => void;
}

function useMarkerProps({
  activeId,
  tooltipId,
  onActivate,
  onFocusChange,
  onChoose,
}: MarkerEvents) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  return (project: Project) => ({
    role: "button",
    tabIndex: 0,
    "aria-label": t("map.marker", {
      name: projectName(project, lang),
      status: t(`status.${project.status}`),
    }),
    "aria-describedby": activeId === project.id ? tooltipId : undefined,
    "data-project": project.id,
    className: "cursor-pointer outline-none",
    onClick: () => onChoose(project.id),
    onKeyDown: (event: KeyboardEvent<SVGGElement>) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        event.stopPropagation();
        onChoose(project.id);
      } else if (event.key === "Escape") onActivate(null);
    },
    onPointerEnter: () => onActivate(project.id),
    onPointerLeave: () => onActivate(null),
    onFocus: () => {
      onFocusChange(project.id);
      onActivate(project.id);
    },
    onBlur: () => {
      onFocusChange(null);
      onActivate(null);
    },
  });
}

/** Linear works, drawn on the fitted map and moved by the transform, their ends kept round. */
export function MapLines({
  layout,
  path,
  transform,
  at,
  ...events
}: MarkerEvents & {
  layout: MapLayout;
  path: GeoPath;
  transform: ZoomTransform;
  at: (lonLat: readonly [number, number]) => [number, number];
}) {
  const markerProps = useMarkerProps(events);
  return layout.lines.map((l) => {
    const d =
      path({
        type: "LineString",
        coordinates: [
          [l.from.lon, l.from.lat],
          [l.to.lon, l.to.lat],
        ],
      } satisfies LineString) ?? "";
    const colour = STATUS_COLORS[l.project.status];
    const active = events.activeId === l.project.id || events.focusedId === l.project.id;
    const stroke = {
      fill: "none",
      vectorEffect: "non-scaling-stroke",
      strokeLinecap: "round",
    } as const;
    return (
      <g key={l.project.id} {...markerProps(l.project)} data-precision="line">
        <g transform={transform.toString()}>
          <path d={d} {...stroke} stroke="transparent" strokeWidth={14} />
          {active && <path d={d} {...stroke} stroke="var(--foreground)" strokeWidth={7} />}
          <path d={d} {...stroke} stroke={colour} strokeWidth={3.5} />
        </g>
        {[l.from, l.to].map((end) => {
          const [x, y] = at([end.lon, end.lat]);
          return (
            <circle
              key={end.name}
              cx={x}
              cy={y}
              r={3.5}
              fill={colour}
              stroke="var(--card)"
              strokeWidth={1}
            />
          );
        })}
      </g>
    );
  });
}

/** Points: a disc for a located site, a ring for a town standing in for it, sized by the measure. */
export function MapPoints({ points, ...events }: MarkerEvents & { points: PlacedPoint[] }) {
  const markerProps = useMarkerProps(events);
  return (
    <>
      <g aria-hidden="true">
        {points.map(({ point: p, x, y, from }) =>
          from ? (
            <line
              key={p.project.id}
              x1={from[0]}
              y1={from[1]}
              x2={x}
              y2={y}
              stroke="var(--muted-foreground)"
              strokeWidth={1}
            />
          ) : null,
        )}
      </g>
      {points.map(({ point: p, x, y, r }) => {
        const colour = STATUS_COLORS[p.project.status];
        const active = events.activeId === p.project.id || events.focusedId === p.project.id;
        return (
          <g
            key={p.project.id}
            {...markerProps(p.project)}
            data-precision={p.precision}
            transform={`translate(${x},${y})`}
          >
            {active && (
              <circle r={r + 3.5} fill="none" stroke="var(--foreground)" strokeWidth={2.5} />
            )}
            {p.precision === "exact" ? (
              <circle r={r} fill={colour} fillOpacity={0.85} stroke="var(--card)" strokeWidth={1} />
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
    </>
  );
}

/** Count bubbles: several projects at one place, opened as a list. */
export function MapSiteBubbles({
  sites,
  openKey,
  listId,
  fontSize,
  onOpen,
}: {
  sites: PlacedSite[];
  openKey: string | null;
  listId: string;
  fontSize: number;
  onOpen: (key: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return sites.map(({ site, x, y, r }) => {
    const place = site.items[0]!.place;
    const open = openKey === site.key;
    return (
      <g
        key={site.key}
        role="button"
        tabIndex={0}
        aria-label={t("map.site.label", { count: site.items.length, place })}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        data-site={site.key}
        data-projects={site.items.map((p) => p.project.id).join(" ")}
        className="group cursor-pointer outline-none"
        transform={`translate(${x},${y})`}
        onClick={() => onOpen(site.key)}
        onKeyDown={(event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            event.stopPropagation();
            onOpen(site.key);
          }
        }}
      >
        <circle
          r={r + 3}
          fill="none"
          stroke="var(--foreground)"
          strokeWidth={2}
          className={open ? undefined : "opacity-0 group-focus-visible:opacity-100"}
        />
        <circle r={r} fill="var(--foreground)" stroke="var(--card)" strokeWidth={1.5} />
        <text
          textAnchor="middle"
          dy="0.35em"
          fontSize={fontSize - 1}
          fontWeight={700}
          fill="var(--card)"
          aria-hidden="true"
        >
          {format.number(site.items.length)}
        </text>
      </g>
    );
  });
}
