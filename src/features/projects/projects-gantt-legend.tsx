import type { CSSProperties, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { STATUS_COLORS } from "@/data/palette";
import type { GanttRow } from "@/data/selectors/gantt";
import { cn } from "@/lib/cn";
import { HATCH } from "./projects-gantt-layout";

/** The Gantt's key: the statuses drawn, then each mark as the rows draw it. */
export function GanttLegend({ statuses }: { statuses: readonly GanttRow["status"][] }) {
  const { t } = useTranslation();
  const swatch = "inline-block h-3 w-6 rounded-sm";
  const items: { key: string; mark: ReactNode; label: string }[] = [
    // Prefixed: the status "planned" and the planned-completion mark would share a key.
    ...statuses.map((s) => ({
      key: `status-${s}`,
      mark: <span className={swatch} style={{ background: STATUS_COLORS[s] }} />,
      label: t(`status.${s}`),
    })),
    {
      key: "uncertain",
      mark: (
        <span
          className={cn(swatch, "border border-[var(--c)]")}
          style={{ "--c": "var(--chart-axis)", backgroundImage: HATCH } as CSSProperties}
        />
      ),
      label: t("gantt.legend.uncertain"),
    },
    {
      key: "plan",
      mark: <span className={cn(swatch, "border-2 border-dashed border-[var(--chart-axis)]")} />,
      label: t("gantt.legend.planPeriod"),
    },
    {
      key: "planned",
      mark: (
        <span className="inline-block size-2.5 rotate-45 border-2 border-[var(--foreground)] bg-card" />
      ),
      label: t("gantt.legend.planned"),
    },
    {
      key: "today",
      mark: (
        <span className="inline-block h-3.5 border-s-2 border-dashed border-[var(--foreground)]" />
      ),
      label: t("gantt.legend.today"),
    },
  ];
  return (
    <ul
      aria-label={t("gantt.legend.label")}
      className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground"
    >
      {items.map((i) => (
        <li key={i.key} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="flex items-center">
            {i.mark}
          </span>
          {i.label}
        </li>
      ))}
    </ul>
  );
}
