import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { filtersThatEmpty, type FilterKey } from "@/data/filters";
import { useDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { useFilters } from "./url-state";

const selectProjects = (d: Dataset) => d.projects;

/** Says which filter emptied the result and offers to clear it (or all of them). */
export function EmptyResult() {
  const { t } = useTranslation();
  const [filters, set] = useFilters();
  const projects = useDataset(selectProjects);
  const culprits = filtersThatEmpty(projects, filters);
  const clear: Record<FilterKey, () => unknown> = {
    sectors: () => set.setSectors([]),
    statuses: () => set.setStatuses([]),
    provinces: () => set.setProvinces([]),
    years: () => set.setYears(null, null),
    query: () => set.setQuery(""),
  };
  return (
    <div
      role="status"
      className="rounded-lg border border-dashed border-border bg-card p-6 text-center"
    >
      <p className="font-semibold">{t("empty.title")}</p>
      <p className="mt-1 text-sm text-muted-foreground">
        {culprits.length > 0
          ? t("empty.because", {
              filters: culprits.map((k) => t(`empty.filter.${k}`)).join(t("app.listSeparator")),
            })
          : t("empty.combination")}
      </p>
      <div className="mt-3 flex flex-wrap justify-center gap-2">
        {culprits.map((k) => (
          <Button key={k} size="sm" onClick={() => void clear[k]()}>
            {t("empty.clear", { filter: t(`empty.filter.${k}`) })}
          </Button>
        ))}
        <Button size="sm" variant="default" onClick={() => void set.reset()}>
          {t("filters.reset")}
        </Button>
      </div>
    </div>
  );
}
