import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ProjectStatus } from "@/shared/project-status";
import type { Project } from "@/data/schema";
import { cn } from "@/lib/cn";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useFormat } from "@/shared/use-format";
import { ColumnHeads } from "@/components/ui/column-heads";

/** The keyboard- and screen-reader route to every project the map stands for. */
export function MapProjectList({
  projects,
  activeId,
  onActivate,
  onChoose,
  className,
}: {
  projects: readonly Project[];
  activeId: string | null;
  onActivate: (id: string | null) => void;
  onChoose: (id: string) => void;
  className?: string;
}) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const titleId = useId();
  const where = (p: Project) => {
    const loc = p.location;
    switch (loc.precision) {
      case "exact":
        return t("map.list.exact", { place: loc.place });
      case "town":
        return t("map.list.town", { place: loc.point.name });
      case "line":
        return t("map.list.line", { from: loc.from.name, to: loc.to.name });
      case "province":
        return t("map.list.provinceOnly", {
          provinces: p.provinces.map((x) => t(`province.${x}`)).join(t("app.listSeparator")),
        });
    }
  };
  return (
    <section
      aria-labelledby={titleId}
      className={cn(
        // beside the map (lg) the card takes the map's height and its list scrolls within it,
        // instead of setting the row's height itself or stopping short of the card's foot
        "flex min-w-0 flex-col rounded-lg border border-border bg-card p-4 shadow-sm lg:h-0 lg:min-h-full",
        className,
      )}
    >
      <h2 id={titleId} className="text-base font-semibold">
        {t("map.list.title")}{" "}
        <span className="text-sm font-normal text-muted-foreground">
          {t("map.list.count", { count: projects.length })}
        </span>
      </h2>
      <div
        tabIndex={0}
        role="region"
        aria-label={t("map.list.caption")}
        className="mt-2 max-h-[36rem] min-h-0 flex-1 overflow-y-auto rounded-md lg:max-h-none"
      >
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("map.list.caption")}</caption>
          <thead className="sticky top-0 bg-card">
            <ColumnHeads
              rowClassName="border-b border-border text-start text-xs text-muted-foreground"
              className="px-1 py-1.5 text-start font-semibold"
              labels={[t("map.list.project"), t("table.status")]}
            />
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr
                key={p.id}
                className={cn(
                  "border-b border-border/60 last:border-0",
                  activeId === p.id && "bg-muted",
                )}
              >
                <th scope="row" className="px-1 py-1 text-start font-normal">
                  <button
                    type="button"
                    className="text-start font-medium underline-offset-2 hover:underline"
                    onClick={() => onChoose(p.id)}
                    onPointerEnter={() => onActivate(p.id)}
                    onPointerLeave={() => onActivate(null)}
                    onFocus={() => onActivate(p.id)}
                    onBlur={() => onActivate(null)}
                  >
                    <bdi lang={projectNameLang(p, lang)}>{projectName(p, lang)}</bdi>
                  </button>
                  <span className="block text-xs text-muted-foreground">{where(p)}</span>
                </th>
                <td className="px-1 py-1 align-top text-xs whitespace-nowrap">
                  <ProjectStatus status={p.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
