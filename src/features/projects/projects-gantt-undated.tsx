import { useTranslation } from "react-i18next";
import type { GanttData } from "@/data/selectors/gantt";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useFormat } from "@/shared/use-format";

/** The projects with no date reported, which the Gantt cannot draw: counted, and listed on demand. */
export function GanttUndated({
  projects,
  onOpen,
}: {
  projects: GanttData["undated"];
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (projects.length === 0) return null;
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium">
        {t("gantt.undated", { count: projects.length, n: format.number(projects.length) })}
      </summary>
      <ul className="mt-2 columns-1 gap-4 sm:columns-2 lg:columns-3">
        {projects.map((p) => (
          <li key={p.id} className="break-inside-avoid py-0.5">
            <button
              type="button"
              onClick={() => onOpen(p.id)}
              className="text-start text-[var(--ring)] underline underline-offset-2"
            >
              <bdi lang={projectNameLang(p, format.lang)}>{projectName(p, format.lang)}</bdi>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
