import type { Filters } from "@/data/filters";
import { memo, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChartFrame } from "@/components/charts/chart-frame";
import { DataTable } from "@/components/charts/data-table";
import { Button } from "@/components/ui/button";
import { useDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import {
  mapLayout,
  mapListProjects,
  provinceTotals,
  SHADE_MEASURES,
  shadeClasses,
  SIZE_MEASURES,
  topProvince,
  type ProvinceTotal,
  type SeveralTotal,
} from "@/data/selectors/map";
import { selectFilteredProjects } from "@/data/selectors/projects";
import { formatNumber, formatPartialDate, formatUsdMillions } from "@/lib/format";
import { ClientOnly } from "@/shared/client-only";
import { EmptyResult } from "@/shared/empty-result";
import { useSelectedProject } from "@/shared/url-state";
import { DeferredFilters } from "@/shared/updating";
import { MapCanvas } from "./map-canvas";
import { MapPlaceholder } from "./map-placeholder";
import { MapProjectList } from "./map-project-list";
import { MAP_LAYERS, useMapLayer, useMapShade, useMapSize } from "./map-url-state";
import { useFormat } from "@/shared/use-format";

const selectMeta = (d: Dataset) => d.metadata;

type TableRow = {
  key: string;
  label: string;
  total: ProvinceTotal | SeveralTotal;
  shared: number | null;
};

export function MapView() {
  return <DeferredFilters content={MapContent} />;
}

const MapContent = memo(function MapContent({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { lang } = format;
  const meta = useDataset(selectMeta);
  const projects = useDataset((d) => selectFilteredProjects(d, filters));
  const [layer, setLayer] = useMapLayer();
  const [size, setSize] = useMapSize();
  const [shade, setShade] = useMapShade();
  const [, setSelectedProject] = useSelectedProject();
  const [activeId, setActiveId] = useState<string | null>(null);

  const layout = useMemo(() => mapLayout(projects, size), [projects, size]);
  const listed = useMemo(() => mapListProjects(layout), [layout]);
  const totals = useMemo(() => provinceTotals(projects), [projects]);
  const classes = useMemo(
    () => shadeClasses(shade === "investment" ? totals.maxUsdMillions : totals.maxProjects, shade),
    [shade, totals],
  );

  if (projects.length === 0) return <EmptyResult />;

  const asOf = formatPartialDate(meta.dataAsOf, format);
  const usd = (v: number) => formatUsdMillions(v, format);
  const num = (v: number) => formatNumber(v, format);
  const choose = (id: string) => void setSelectedProject(id);
  const top = topProvince(totals, shade);
  const shadeKey = shade === "investment" ? "investment" : "count";

  const rows: TableRow[] = [
    ...totals.rows.map((r) => ({
      key: r.province,
      label: t(`province.${r.province}`),
      total: r,
      shared: r.sharedProjects,
    })),
    { key: "several", label: t("map.table.several"), total: totals.several, shared: null },
  ];

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
        <ChartFrame
          title={layer === "projects" ? t("map.title.projects") : t(`map.title.${shadeKey}`)}
          subtitle={
            layer === "projects"
              ? t("map.subtitle.projects", {
                  drawn: layout.points.length + layout.lines.length,
                  total: projects.length,
                  measure: t(`map.size.${size}`).toLocaleLowerCase(lang),
                })
              : t(`map.subtitle.${shadeKey}`)
          }
          source={t("map.source", { version: meta.version })}
          asOf={asOf}
          summary={
            layer === "projects"
              ? t("map.summary.projects", {
                  points: layout.points.length,
                  lines: layout.lines.length,
                  provinceOnly: layout.provinceOnly.length,
                })
              : t("map.summary.provinces", {
                  province: top ? t(`province.${top.province}`) : "—",
                  value: top
                    ? shade === "investment"
                      ? usd(top.usdMillions)
                      : num(top.projects)
                    : "—",
                  count: totals.several.projects,
                })
          }
          table={
            <DataTable
              caption={t("map.table.caption")}
              rows={rows}
              rowKey={(r) => r.key}
              columns={[
                { key: "province", header: t("table.province"), cell: (r) => r.label },
                {
                  key: "projects",
                  header: t("table.projects"),
                  cell: (r) => num(r.total.projects),
                  align: "end",
                },
                {
                  key: "usd",
                  header: t("table.investment"),
                  cell: (r) => usd(r.total.usdMillions),
                  align: "end",
                },
                {
                  key: "withCost",
                  header: t("table.projectsWithCost"),
                  cell: (r) => num(r.total.projectsWithCost),
                  align: "end",
                },
                {
                  key: "shared",
                  header: t("map.table.shared"),
                  cell: (r) => (r.shared === null ? "—" : num(r.shared)),
                  align: "end",
                },
              ]}
            />
          }
        >
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
          <p className="mt-3 text-xs text-muted-foreground">
            <span className="font-semibold text-foreground">{t("map.notes.label")}. </span>
            {t("map.notes.text")}
          </p>
        </ChartFrame>
        <MapProjectList
          projects={listed}
          activeId={activeId}
          onActivate={setActiveId}
          onChoose={choose}
        />
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
