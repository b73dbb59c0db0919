import type { GeoPath } from "d3-geo";
import type { ZoomTransform } from "d3-zoom";
import { memo, type SVGProps } from "react";
import { useTranslation } from "react-i18next";
import { NEIGHBOUR_LABELS, type Geography } from "@/lib/figure/geo";
import type { Province } from "@/data/schema";

/**
 * The boundaries: drawn once for the fitted map and moved by the zoom's transform, so a pan or a
 * zoom redraws no outline; strokes keep their width at any zoom.
 */
export const MapGeoLayer = memo(function MapGeoLayer({
  geo,
  path,
  transform,
  fillOf,
}: {
  geo: Geography;
  path: GeoPath;
  transform: ZoomTransform;
  /** Each unit's fill (the choropleth's class, or plain land). */
  fillOf: (province: Province) => string;
}) {
  return (
    <g aria-hidden="true" transform={transform.toString()}>
      {geo.neighbours.map((n) => (
        <GeoShape key={n.properties.name} shape={n} path={path} fill="var(--muted)" />
      ))}
      <Line shape={geo.neighbourLines} path={path} stroke="var(--border)" strokeWidth={0.8} />
      {geo.units.map((u) => (
        <GeoShape
          key={u.province}
          data-unit={u.province}
          shape={u}
          path={path}
          fill={fillOf(u.province)}
        />
      ))}
      <Line
        shape={geo.provinceLines}
        path={path}
        stroke="var(--muted-foreground)"
        strokeWidth={0.8}
      />
      <Line
        shape={geo.outline}
        path={path}
        stroke="var(--foreground)"
        strokeWidth={1.1}
        strokeLinejoin="round"
      />
      <Line
        shape={geo.lineOfControl}
        path={path}
        stroke="var(--foreground)"
        strokeWidth={1.4}
        strokeDasharray="5 3"
        data-boundary="line-of-control"
      />
      <Line
        shape={geo.siachenLine}
        path={path}
        stroke="var(--foreground)"
        strokeWidth={1.4}
        strokeDasharray="2 3"
        data-boundary="siachen"
      />
    </g>
  );
});

/** The neighbours' and the sea's names, where the transform puts them, at a constant size. */
export function NeighbourLabels({
  at,
  fontSize,
}: {
  at: (lonLat: readonly [number, number]) => [number, number];
  fontSize: number;
}) {
  const { t } = useTranslation();
  return (
    <g aria-hidden="true" pointerEvents="none">
      {NEIGHBOUR_LABELS.map((l) => {
        const [x, y] = at(l.at);
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
  );
}

type ShapeProps = {
  shape: Parameters<GeoPath>[0];
  path: GeoPath;
} & Omit<SVGProps<SVGPathElement>, "d" | "path">;

/** One boundary shape, its outline computed again only when the fitted map changes size. */
const GeoShape = memo(function GeoShape({ shape, path, ...rest }: ShapeProps) {
  return <path d={path(shape) ?? ""} {...rest} />;
});

function Line(props: ShapeProps) {
  return <GeoShape fill="none" vectorEffect="non-scaling-stroke" {...props} />;
}
