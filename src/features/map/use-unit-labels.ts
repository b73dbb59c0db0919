import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Province } from "@/data/schema";
import type { ProvinceTotals, ShadeMeasure } from "@/data/selectors/map";
import { UNIT_LABELS, type Geography } from "@/lib/figure/geo";
import { labelPoint, placeUnitLabel } from "@/lib/figure/unit-labels";
import { useFormat } from "@/shared/use-format";

/** The units with an abbreviation (map.short) for when their name does not fit. */
const ABBREVIATED = new Set<Province>([
  "khyber-pakhtunkhwa",
  "islamabad",
  "gilgit-baltistan",
  "azad-jammu-kashmir",
]);

/**
 * Each unit's label at this zoom: its name (or abbreviation) inside it, and its total under it
 * when `totals` is given (the province layer).
 */
export function useUnitLabels({
  geo,
  totals,
  shade,
  fontSize,
  lineHeight,
  at,
  invert,
}: {
  geo: Geography;
  totals: ProvinceTotals | null;
  shade: ShadeMeasure;
  fontSize: number;
  lineHeight: number;
  at: (lonLat: readonly [number, number]) => [number, number];
  invert: (xy: [number, number]) => [number, number] | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const poles = useMemo(() => new Map(geo.units.map((u) => [u, labelPoint(u)])), [geo]);
  return useMemo(() => {
    const byProvince = new Map(totals?.rows.map((r) => [r.province, r]));
    return geo.units.map((u) => {
      const row = byProvince.get(u.province);
      const value = !row
        ? null
        : shade === "investment"
          ? format.usdMillionsShort(row.usdMillions)
          : format.number(row.projects);
      return {
        province: u.province,
        ...placeUnitLabel({
          unit: u,
          at: poles.get(u)!,
          full: t(`map.label.${u.province}`).split("\n"),
          short: ABBREVIATED.has(u.province) ? [t(`map.short.${u.province}`)] : null,
          extra: value === null ? [] : [value],
          fontSize,
          lineHeight,
          project: at,
          invert,
          // Islamabad alone is too small for its name at most zooms; AJK's hand-set place
          // lies outside it, so its name goes to its label point
          ...(u.province === "islamabad"
            ? { outside: UNIT_LABELS.islamabad.at }
            : UNIT_LABELS[u.province].leader
              ? {}
              : { preferred: UNIT_LABELS[u.province].at }),
        }),
      };
    });
    // `invert` follows `at` (both from the same transform)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [geo, poles, totals, shade, format, t, fontSize, lineHeight, at]);
}
