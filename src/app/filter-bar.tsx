import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { MultiSelect } from "@/components/ui/multi-select";
import { hasActiveFilters, type Filters } from "@/data/filters";
import { datasetQueryOptions, ofDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { PROVINCES, SECTORS, STATUSES } from "@/data/vocabulary";
import { selectProjectCount } from "@/data/selectors/projects";
import { cn } from "@/lib/cn";
import { formatNumber } from "@/lib/format";
import { useFilters, YEAR_MAX, YEAR_MIN } from "@/shared/url-state";
import { useFormat } from "@/shared/use-format";

function selectProjects(d: Dataset) {
  return d;
}
const selectProjectsLoaded = ofDataset(selectProjects);

const YEARS = Array.from({ length: 2030 - 2013 + 1 }, (_, i) => 2013 + i);

/** The filters every view shares, their chips, the "n of N" count and a reset. */
export function FilterBar() {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, set] = useFilters();
  const dataset = useQuery({ ...datasetQueryOptions, select: selectProjectsLoaded }).data;
  // The one counting rule the cards and charts use (isCountedProject): the bar never disagrees.
  const count = dataset ? selectProjectCount(dataset, filters) : null;

  // On phones the controls fold away behind one button; the count and the chips stay visible.
  const [open, setOpen] = useState(false);
  const controlsId = useId();
  const summary = (n: number) => (n === 0 ? t("filters.all") : t("filters.chosen", { count: n }));
  const chips = activeChips(filters, t);

  return (
    <section
      aria-label={t("filters.label")}
      className="no-print mb-4 rounded-lg border border-border bg-card p-3"
    >
      <Button
        className="mb-2 md:hidden"
        aria-expanded={open}
        aria-controls={controlsId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t("filters.hide") : t("filters.show")}
      </Button>
      <div
        id={controlsId}
        className={cn("flex-wrap items-center gap-2 md:flex", open ? "flex" : "hidden")}
      >
        <MultiSelect
          label={t("filters.sector")}
          summary={summary(filters.sectors.length)}
          options={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
          selected={filters.sectors}
          onChange={(v) => void set.setSectors(v)}
        />
        <MultiSelect
          label={t("filters.status")}
          summary={summary(filters.statuses.length)}
          options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          selected={filters.statuses}
          onChange={(v) => void set.setStatuses(v)}
        />
        <MultiSelect
          label={t("filters.province")}
          summary={summary(filters.provinces.length)}
          options={PROVINCES.map((s) => ({ value: s, label: t(`province.${s}`) }))}
          selected={filters.provinces}
          onChange={(v) => void set.setProvinces(v)}
        />
        <label className="flex items-center gap-1 text-sm">
          <span className="font-medium">{t("filters.from")}</span>
          <select
            className="h-9 rounded-md border border-border bg-card px-2"
            value={filters.from ?? ""}
            onChange={(e) =>
              void set.setYears(e.target.value ? Number(e.target.value) : null, filters.to)
            }
          >
            <option value="">{t("filters.anyYear")}</option>
            {YEARS.filter((y) => y >= YEAR_MIN && y <= YEAR_MAX).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1 text-sm">
          <span className="font-medium">{t("filters.to")}</span>
          <select
            className="h-9 rounded-md border border-border bg-card px-2"
            value={filters.to ?? ""}
            onChange={(e) =>
              void set.setYears(filters.from, e.target.value ? Number(e.target.value) : null)
            }
          >
            <option value="">{t("filters.anyYear")}</option>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-48 flex-1 items-center gap-1 text-sm">
          <span className="sr-only">{t("filters.search")}</span>
          <input
            type="search"
            value={filters.query}
            placeholder={t("filters.searchPlaceholder")}
            maxLength={100}
            onChange={(e) => void set.setQuery(e.target.value)}
            className="h-9 w-full rounded-md border border-border bg-card px-3"
          />
        </label>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <p aria-live="polite" className="font-medium">
          {count
            ? t("filters.count", {
                shown: formatNumber(count.shown.counted, format),
                total: formatNumber(count.total.counted, format),
              })
            : null}
          {count && count.total.records > count.total.counted ? (
            <span className="ms-1 text-xs font-normal text-muted-foreground">
              {t("filters.notCounted", {
                count: count.total.records - count.total.counted,
              })}
            </span>
          ) : null}
        </p>
        {chips.length > 0 && (
          <ul aria-label={t("filters.active")} className="flex flex-wrap gap-1.5">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  onClick={() => void chip.remove(set)}
                  aria-label={t("filters.remove", { filter: chip.label })}
                  className="inline-flex items-center gap-1 rounded-full border border-border bg-accent px-2.5 py-0.5 text-xs"
                >
                  {chip.label}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {hasActiveFilters(filters) && (
          <Button size="sm" variant="ghost" onClick={() => void set.reset()}>
            {t("filters.reset")}
          </Button>
        )}
      </div>
    </section>
  );
}

type Setters = ReturnType<typeof useFilters>[1];

function activeChips(f: Filters, t: (key: string, o?: Record<string, unknown>) => string) {
  const chips: { key: string; label: string; remove: (s: Setters) => unknown }[] = [];
  for (const s of f.sectors)
    chips.push({
      key: `sector-${s}`,
      label: t(`sector.${s}`),
      remove: (x) => x.setSectors(f.sectors.filter((v) => v !== s)),
    });
  for (const s of f.statuses)
    chips.push({
      key: `status-${s}`,
      label: t(`status.${s}`),
      remove: (x) => x.setStatuses(f.statuses.filter((v) => v !== s)),
    });
  for (const s of f.provinces)
    chips.push({
      key: `province-${s}`,
      label: t(`province.${s}`),
      remove: (x) => x.setProvinces(f.provinces.filter((v) => v !== s)),
    });
  if (f.from !== null || f.to !== null)
    chips.push({
      key: "years",
      label: t("filters.yearsChip", { from: f.from ?? "…", to: f.to ?? "…" }),
      remove: (x) => x.setYears(null, null),
    });
  if (f.query.trim() !== "")
    chips.push({
      key: "query",
      label: t("filters.queryChip", { query: f.query }),
      remove: (x) => x.setQuery(""),
    });
  return chips;
}
