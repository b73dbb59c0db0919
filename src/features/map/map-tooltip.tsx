import { useTranslation } from "react-i18next";
import { StatusDot } from "@/shared/project-status";
import type { Project } from "@/data/schema";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useFormat } from "@/shared/use-format";
import type { TooltipAnchor } from "./place-markers";

const TOOLTIP_WIDTH = 256;

/** A project's name, status, cost, capacity and place, beside its marker. */
export function MapTooltip({
  id,
  project,
  where,
  anchor,
  width,
  height,
}: {
  id: string;
  project: Project;
  where: string;
  anchor: TooltipAnchor;
  width: number;
  height: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const left = Math.max(0, Math.min(width - TOOLTIP_WIDTH, anchor.x - TOOLTIP_WIDTH / 2));
  const below = anchor.y < height * 0.4;
  return (
    <div
      id={id}
      role="tooltip"
      className="pointer-events-none absolute z-10 rounded-md border border-border bg-card p-2 text-xs text-card-foreground shadow-lg"
      style={{
        left,
        width: Math.min(TOOLTIP_WIDTH, width),
        top: below ? anchor.y + anchor.r + 8 : anchor.y - anchor.r - 8,
        transform: below ? undefined : "translateY(-100%)",
      }}
    >
      <p className="font-semibold">
        <bdi lang={projectNameLang(project, format.lang)}>{projectName(project, format.lang)}</bdi>
      </p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
        <dt className="text-muted-foreground">{t("map.tooltip.status")}</dt>
        <dd className="flex items-center gap-1.5">
          <StatusDot status={project.status} />
          {t(`status.${project.status}`)}
        </dd>
        <dt className="text-muted-foreground">{t("map.tooltip.cost")}</dt>
        <dd>
          {project.cost
            ? format.usdMillions(project.cost.usdMillions)
            : t("map.tooltip.notReported")}
        </dd>
        <dt className="text-muted-foreground">{t("map.tooltip.capacity")}</dt>
        <dd>
          {project.capacity
            ? format.unit(project.capacity.value, project.capacity.unit)
            : t("map.tooltip.notReported")}
        </dd>
      </dl>
      <p className="mt-1 text-muted-foreground">{where}</p>
      <p className="mt-1 text-muted-foreground italic">{t("map.tooltip.open")}</p>
    </div>
  );
}
