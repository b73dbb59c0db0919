import { type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Location, Source } from "@/data/schema";
import { SourceLink } from "./source-links";

/**
 * The sources verified to support a field, as short linked citations; where none was matched to
 * the field, it says so (the record's sources are still listed below the fields).
 */
function FieldSources({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation();
  if (sources.length === 0)
    return (
      <span className="block text-xs text-muted-foreground">{t("detail.fieldSource.none")}</span>
    );
  return (
    <span className="block text-xs text-muted-foreground">
      {t("detail.fieldSource.label", { count: sources.length })}{" "}
      {sources.map((s, i) => (
        <span key={`${s.url}|${i}`}>
          {i > 0 && t("detail.fieldSource.separator")}
          <SourceLink source={s} short />
        </span>
      ))}
    </span>
  );
}

/**
 * One row of the detail's fields. `sources` is given for a field a source can support (cost,
 * status, dates, capacity, location) that has a value: the supporting sources follow the value.
 */
export function Field({
  label,
  sources,
  children,
}: {
  label: string;
  sources?: readonly Source[] | undefined;
  children: ReactNode;
}) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 py-1.5 text-sm max-sm:grid-cols-1 max-sm:gap-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd>
        {children}
        {sources && <FieldSources sources={sources} />}
      </dd>
    </div>
  );
}

export function LocationText({ location }: { location: Location }) {
  const { t } = useTranslation();
  const fmt = (lat: number, lon: number) => `${lat.toFixed(4)}° N, ${lon.toFixed(4)}° E`;
  switch (location.precision) {
    case "exact":
      return (
        <>
          {t("detail.location.exact", {
            place: location.place,
            coords: fmt(location.point.lat, location.point.lon),
          })}
        </>
      );
    case "town":
      return (
        <>
          {t("detail.location.town", {
            town: location.point.name,
            coords: fmt(location.point.lat, location.point.lon),
          })}
        </>
      );
    case "line":
      return <>{t("detail.location.line", { from: location.from.name, to: location.to.name })}</>;
    case "province":
      return <>{t("detail.location.province")}</>;
  }
}
