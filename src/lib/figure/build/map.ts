import { geoMercator } from "d3-geo";
import type { Dataset } from "@/data/schema";
import { filterProjects } from "@/data/selectors/projects";
import {
  mapLayout,
  provinceTotals,
  shadeClasses,
  shadeClassOf,
  shadeMax,
  shadeValue,
  severalValue,
  sizeValue,
  sizeLegendValues,
  topProvince,
  type ShadeMeasure,
  type SizeMeasure,
} from "@/data/selectors/map";
import { STATUSES } from "@/data/vocabulary";
import {
  formatNumber,
  formatUsdMillions,
  formatUsdMillionsShort,
  joinSentences,
} from "../../format";
import { labelled } from "../../punctuation";
import { figureBase, type FigureContext } from "../context";
import type { ColorToken, LegendEntry } from "../figure";
import type { MapFigure, MapFigureMark } from "../figure-map";
import { MAP_EXTENT, NEIGHBOUR_LABELS, UNIT_LABELS, type Geography } from "../geo";
import { collectSources } from "../sources";
import { projectNameIn } from "./project-name";

/** The units whose names have an abbreviation (map.short). */
const SHORT = new Set([
  "khyber-pakhtunkhwa",
  "islamabad",
  "gilgit-baltistan",
  "azad-jammu-kashmir",
]);

export interface MapFigureOptions {
  size: SizeMeasure;
  shade: ShadeMeasure;
  /** The reader's zoom on screen (zoom 1 and no centre: the whole map); null for the whole map. */
  view: { zoom: number; centre: readonly [number, number] | null } | null;
  /** The bundled boundaries (lib/figure/geo toGeography of public/data/pakistan.topo.json). */
  boundaries: Geography;
  /**
   * What the figure is about, as on screen: the projects over the shaded provinces (default), or
   * the province totals alone, titled by their measure.
   */
  layer?: "projects" | "provinces";
}

/**
 * The window a zoom shows, as [west, south, east, north]: the map's extent shrunk by the zoom about
 * the centre, in Mercator's plane (as the screen zooms). Null at zoom 1.
 */
export function zoomWindow(
  view: MapFigureOptions["view"],
): readonly [number, number, number, number] | null {
  if (!view || view.zoom <= 1) return null;
  const p = geoMercator().scale(1).translate([0, 0]);
  const [x0, y1] = p([MAP_EXTENT.west, MAP_EXTENT.south])!;
  const [x1, y0] = p([MAP_EXTENT.east, MAP_EXTENT.north])!;
  const [cx, cy] = view.centre
    ? p([view.centre[0], view.centre[1]])!
    : [(x0 + x1) / 2, (y0 + y1) / 2];
  const hw = (x1 - x0) / 2 / view.zoom;
  const hh = (y1 - y0) / 2 / view.zoom;
  const [west, north] = p.invert!([cx - hw, cy - hh])!;
  const [east, south] = p.invert!([cx + hw, cy + hh])!;
  return [west, south, east, north];
}

/**
 * The map as the Map view draws it for the same filters and settings, both layers at once: the
 * provinces shaded by the chosen measure, and the projects over them as points sized by the chosen
 * measure or as lines, coloured by status. The note on the depiction of boundaries is always there.
 */
export function buildMapFigure(
  dataset: Dataset,
  ctx: FigureContext,
  options: MapFigureOptions,
): MapFigure {
  const { t } = ctx;
  const lang = ctx.format.lang;
  const { size, shade } = options;
  const projects = filterProjects(dataset.projects, ctx.filters);
  const layout = mapLayout(projects, size);
  const totals = provinceTotals(projects);
  const classes = shadeClasses(shadeMax(totals, shade), shade);
  const byId = new Map(projects.map((p) => [p.id, p]));
  const usd = (v: number) => formatUsdMillions(v, ctx.format);

  const marks: MapFigureMark[] = [
    ...layout.lines.map((l) => ({
      id: l.project.id,
      label: projectNameIn(l.project, lang),
      status: l.project.status,
      color: `status-${l.project.status}` as ColorToken,
      precision: "line" as const,
      coordinates: [
        [l.from.lon, l.from.lat],
        [l.to.lon, l.to.lat],
      ] as const,
      size: null,
    })),
    ...layout.points.map((p) => ({
      id: p.project.id,
      label: projectNameIn(p.project, lang),
      status: p.project.status,
      color: `status-${p.project.status}` as ColorToken,
      precision: p.precision,
      coordinates: [[p.point.lon, p.point.lat]] as const,
      size: p.value,
    })),
  ];
  const where = new Map<string, string>([
    ...layout.points.map(
      (p) => [p.project.id, t(`map.list.${p.precision}`, { place: p.place })] as const,
    ),
    ...layout.lines.map(
      (l) => [l.project.id, t("map.list.line", { from: l.from.name, to: l.to.name })] as const,
    ),
  ]);

  // Each status's name, once (not once a project).
  const statusName = new Map<string, string>(STATUSES.map((s) => [s, t(`status.${s}`)]));
  const legend: LegendEntry[] = [
    ...STATUSES.map((s) => ({
      label: statusName.get(s)!,
      color: `status-${s}` as ColorToken,
      shape: "circle" as const,
    })),
    { label: t("map.legend.exact"), color: "foreground", shape: "circle" },
    { label: t("map.legend.town"), color: "foreground", shape: "ring" },
    { label: t("map.legend.line"), color: "foreground", shape: "route" },
  ];

  const notes = [
    labelled(t("map.notes.label"), t("map.notes.text"), lang),
    t("map.boundariesCredit"),
    ...(layout.provinceOnly.length > 0
      ? [t("map.legend.provinceOnly", { count: layout.provinceOnly.length })]
      : []),
    shade === "investment"
      ? t("map.legend.several", {
          count: totals.several.projects,
          value: usd(totals.several.usdMillions),
        })
      : t("map.legend.severalProjects", { count: totals.several.projects }),
    // a unit too small at the figure's size for its name is labelled by its abbreviation
    t("map.abbreviations"),
  ];

  const placeNames: Record<string, string> = {};
  for (const key of Object.keys(UNIT_LABELS)) {
    placeNames[key] = t(`map.label.${key}`);
    if (SHORT.has(key)) placeNames[`short:${key}`] = t(`map.short.${key}`);
  }
  for (const l of NEIGHBOUR_LABELS) placeNames[l.key] = t(`map.neighbour.${l.key}`);

  const drawn = marks.length;
  if (options.layer === "provinces") marks.length = 0;
  const shadeKey = shade === "investment" ? "investment" : "count";
  const provinceLayer = options.layer === "provinces";
  const top = topProvince(totals, shade);
  const base = figureBase(dataset, ctx, {
    id: provinceLayer ? "map.provinces" : "map.projects",
    title: provinceLayer ? t(`map.title.${shadeKey}`) : t("map.title.projects"),
    subtitle: provinceLayer
      ? t(`map.subtitle.${shadeKey}`)
      : joinSentences(
          [
            t("map.subtitle.projects", {
              drawn,
              total: projects.length,
              measure: t(`map.size.${size}`).toLocaleLowerCase(lang),
            }),
            t(`map.shaded.${shade}`),
          ],
          lang,
        ),
    legend: provinceLayer ? [] : legend,
    notes,
    summary: provinceLayer
      ? t("map.summary.provinces", {
          province: top ? t(`province.${top.province}`) : "—",
          value: top
            ? shade === "investment"
              ? usd(top.usdMillions)
              : formatNumber(top.projects, ctx.format)
            : "—",
          count: totals.several.projects,
        })
      : t("map.summary.projects", {
          points: layout.points.length,
          lines: layout.lines.length,
          provinceOnly: layout.provinceOnly.length,
        }),
    table: provinceLayer
      ? {
          fields: [
            { key: "province", label: t("table.province"), unit: "text" },
            {
              key: "value",
              label: t(`map.legend.shade.${shade}`),
              unit: shade === "investment" ? "usd-millions" : "count",
            },
          ],
          rows: [
            // An amount where no project reports a cost is "not reported", never zero.
            ...totals.rows.map((r) => ({
              province: t(`province.${r.province}`),
              value:
                shade === "investment" && r.projectsWithCost === 0 ? null : shadeValue(r, shade),
            })),
            {
              province: t("map.table.several"),
              value:
                shade === "investment"
                  ? totals.several.projectsWithCost === 0
                    ? null
                    : totals.several.usdMillions
                  : totals.several.projects,
            },
          ],
        }
      : {
          fields: [
            { key: "project", label: t("map.list.project"), unit: "text" },
            { key: "status", label: t("table.status"), unit: "text" },
            { key: "where", label: t("map.list.where"), unit: "text" },
            {
              key: "size",
              label: t(`map.tooltip.${size}`),
              unit: size === "cost" ? "usd-millions" : "mw",
            },
          ],
          rows: marks.map((m) => ({
            project: m.label,
            status: statusName.get(m.status)!,
            where: where.get(m.id) ?? null,
            size: m.precision === "line" ? sizeValue(byId.get(m.id)!, size) : m.size,
          })),
        },
    sources: collectSources(projects),
  });

  return {
    ...base,
    kind: "map",
    marks,
    sizeUnit: size === "cost" ? "usd-millions" : "mw",
    sizeLabel: t(`map.legend.size.${size}`),
    sizeMax: layout.maxValue,
    sizeKey: sizeLegendValues(layout.maxValue),
    sizeNotes: [
      t(`map.legend.sizeMissing.${size}`, { count: layout.pointsWithoutValue }),
      ...(layout.lines.length > 0 ? [t("map.legend.linesNotSized")] : []),
    ],
    provinces: totals.rows.map((r) => {
      const value = shadeValue(r, shade);
      return {
        key: r.province,
        label: t(`province.${r.province}`),
        value,
        shade: shadeClassOf(value, classes),
      };
    }),
    shadeLabel: t(`map.legend.shade.${shade}`),
    shadeUnit: shade === "investment" ? "usd-millions" : "count",
    shadeClasses: classes.map((c) => ({ from: c.from, upper: c.upper })),
    shadeNone: shade === "investment" ? t("map.legend.none") : formatNumber(0, ctx.format),
    ...(totals.several.projects > 0 && {
      several: {
        label: t("map.several.title"),
        value:
          shade === "investment"
            ? formatUsdMillionsShort(totals.several.usdMillions, ctx.format)
            : formatNumber(totals.several.projects, ctx.format),
        count: t("map.several.count", { count: totals.several.projects }),
        shade: shadeClassOf(severalValue(totals, shade), classes),
      },
    }),
    placeNames,
    view: zoomWindow(options.view),
    geography: options.boundaries,
  };
}
