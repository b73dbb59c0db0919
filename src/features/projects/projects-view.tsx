import { memo } from "react";
import { DeferUntilNear } from "@/components/charts/deferred-figures";
import type { Filters } from "@/data/filters";
import { useTranslation } from "react-i18next";
import { useDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { selectFilteredProjects } from "@/data/selectors/projects";
import { EmptyResult } from "@/shared/empty-result";
import { useSelectedProject } from "@/shared/url-state";
import { DeferredFilters } from "@/shared/updating";
import { ProjectsGantt } from "./projects-gantt";
import { ProjectsTable, ProjectsTableRoom } from "./projects-table";

const selectMeta = (d: Dataset) => d.metadata;

export function ProjectsView() {
  return <DeferredFilters content={ProjectsContent} />;
}

const ProjectsContent = memo(function ProjectsContent({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const projects = useDataset((d) => selectFilteredProjects(d, filters));
  const meta = useDataset(selectMeta);
  const [, setSelected] = useSelectedProject();
  const open = (id: string) => void setSelected(id);

  if (projects.length === 0) return <EmptyResult />;
  return (
    <div className="space-y-4">
      <ProjectsGantt projects={projects} filters={filters} onOpen={open} />
      <section aria-labelledby="projects-table-title" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="projects-table-title" className="text-base font-semibold">
            {t("projects.tableTitle")}
          </h2>
          <p className="text-xs text-muted-foreground">
            {t("projects.tableNote", { version: meta.version })}
          </p>
        </div>
        {/* Below the Gantt: drawn when the reader goes on, not in the first visit's first screen. */}
        <DeferUntilNear placeholder={<ProjectsTableRoom rows={projects.length} />}>
          <ProjectsTable projects={projects} onOpen={open} />
        </DeferUntilNear>
      </section>
    </div>
  );
});
