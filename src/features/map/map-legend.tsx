import { useTranslation } from "react-i18next";
import { STATUS_COLORS } from "@/data/palette";
import { STATUSES } from "@/data/vocabulary";
import {
  markerRadius,
  sizeLegendValues,
  severalValue,
  shadeClassOf,
  type MapLayout,
  type ProvinceTotals,
  type ShadeClass,
  type ShadeMeasure,
  type SizeMeasure,
} from "@/data/selectors/map";
import type { MapLayer } from "./map-url-state";
import { SHADE_NONE, shadeFill } from "./shade";
import { useFormat } from "@/shared/use-format";

const heading = "mb-1 text-xs font-semibold text-foreground";

export function MapLegend({
  layer,
  layout,
  size,
  maxRadius,
  shade,
  classes,
  totals,
  sharedPlaces,
}: {
  layer: MapLayer;
  layout: MapLayout;
  size: SizeMeasure;
  maxRadius: number;
  shade: ShadeMeasure;
  classes: readonly ShadeClass[];
  totals: ProvinceTotals;
  /** Some projects share a place (drawn as a count bubble at a low zoom). */
  sharedPlaces: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();

  if (layer === "provinces") {
    const label = (c: ShadeClass) =>
      shade === "investment"
        ? `${format.usdMillionsShort(c.from)}–${format.usdMillionsShort(c.upper)}`
        : c.from === c.upper
          ? format.number(c.upper)
          : `${format.number(c.from)}–${format.number(c.upper)}`;
    return (
      <div
        aria-label={t("map.legend.label")}
        role="group"
        className="mt-3 space-y-2 text-xs text-muted-foreground"
      >
        <div>
          <p className={heading}>{t(`map.legend.shade.${shade}`)}</p>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            <li className="flex items-center gap-1.5">
              <Swatch fill={SHADE_NONE} />
              {shade === "investment" ? t("map.legend.none") : format.number(0)}
            </li>
            {classes.map((c, i) => (
              <li key={c.upper} className="flex items-center gap-1.5 tabular-nums">
                <Swatch fill={shadeFill(i, classes.length)} />
                {label(c)}
              </li>
            ))}
          </ul>
        </div>
        {totals.several.projects > 0 && (
          <p className="flex items-center gap-1.5" data-several="">
            <Swatch
              fill={shadeFill(shadeClassOf(severalValue(totals, shade), classes), classes.length)}
              hatched
            />
            {shade === "investment"
              ? t("map.legend.severalBox", {
                  count: totals.several.projects,
                  value: format.usdMillionsShort(totals.several.usdMillions),
                })
              : t("map.legend.severalBoxProjects", { count: totals.several.projects })}
          </p>
        )}
      </div>
    );
  }

  const values = sizeLegendValues(layout.maxValue);
  const sizeLabel = (v: number) =>
    size === "cost" ? format.usdMillionsShort(v) : format.unit(v, "MW");
  const radii = values.map((v) => markerRadius(v, layout.maxValue, maxRadius));
  const box = Math.ceil(2 * (radii[0] ?? 4) + 2);

  return (
    <div
      aria-label={t("map.legend.label")}
      role="group"
      className="mt-3 grid gap-x-6 gap-y-3 text-xs text-muted-foreground sm:grid-cols-2 xl:grid-cols-3"
    >
      <div>
        <p className={heading}>{t("map.legend.colour")}</p>
        <ul className="grid grid-cols-2 gap-x-3 gap-y-0.5">
          {STATUSES.map((s) => (
            <li key={s} className="flex items-center gap-1.5">
              <svg aria-hidden="true" width={12} height={12}>
                <circle cx={6} cy={6} r={5} fill={STATUS_COLORS[s]} />
              </svg>
              {t(`status.${s}`)}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <p className={heading}>{t("map.legend.precision")}</p>
        <ul className="space-y-0.5">
          <li className="flex items-center gap-1.5">
            <svg aria-hidden="true" width={22} height={14}>
              <circle cx={11} cy={7} r={6} fill="var(--foreground)" fillOpacity={0.85} />
            </svg>
            {t("map.legend.exact")}
          </li>
          <li className="flex items-center gap-1.5">
            <svg aria-hidden="true" width={22} height={14}>
              <circle
                cx={11}
                cy={7}
                r={5.5}
                fill="none"
                stroke="var(--foreground)"
                strokeWidth={2}
              />
            </svg>
            {t("map.legend.town")}
          </li>
          <li className="flex items-center gap-1.5">
            <svg aria-hidden="true" width={22} height={14}>
              <path
                d="M3 10 L19 4"
                stroke="var(--foreground)"
                strokeWidth={3}
                strokeLinecap="round"
              />
              <circle cx={3} cy={10} r={2.5} fill="var(--foreground)" />
              <circle cx={19} cy={4} r={2.5} fill="var(--foreground)" />
            </svg>
            {t("map.legend.line")}
          </li>
          {sharedPlaces && (
            <li className="flex items-center gap-1.5">
              <svg aria-hidden="true" width={22} height={18}>
                <circle cx={11} cy={9} r={8} fill="var(--foreground)" />
                <text
                  x={11}
                  y={9}
                  dy="0.35em"
                  textAnchor="middle"
                  fontSize={10}
                  fontWeight={700}
                  fill="var(--card)"
                >
                  {format.number(3)}
                </text>
              </svg>
              {t("map.legend.site")}
            </li>
          )}
        </ul>
      </div>
      <div>
        <p className={heading}>{t(`map.legend.size.${size}`)}</p>
        {values.length > 0 && (
          <div className="flex flex-wrap items-end gap-3">
            {values.map((v, i) => (
              <span key={v} className="flex flex-col items-center gap-0.5 tabular-nums">
                <svg aria-hidden="true" width={box} height={box}>
                  <circle
                    cx={box / 2}
                    cy={box / 2}
                    r={radii[i]}
                    fill="none"
                    stroke="var(--foreground)"
                    strokeWidth={1.2}
                  />
                </svg>
                {sizeLabel(v)}
              </span>
            ))}
          </div>
        )}
        <p className="mt-1">
          {t(`map.legend.sizeMissing.${size}`, { count: layout.pointsWithoutValue })}
        </p>
        {layout.lines.length > 0 && <p>{t("map.legend.linesNotSized")}</p>}
      </div>
    </div>
  );
}

function Swatch({ fill, hatched = false }: { fill: string; hatched?: boolean }) {
  return (
    <svg aria-hidden="true" width={18} height={12} className="shrink-0">
      <rect x={0.5} y={0.5} width={17} height={11} rx={2} fill={fill} stroke="var(--border)" />
      {hatched && (
        <path
          d="M0 8 L8 0 M4 12 L16 0 M12 12 L18 6"
          stroke="var(--card)"
          strokeWidth={2}
          clipPath="inset(0.5px round 2px)"
        />
      )}
    </svg>
  );
}
