import type { Project } from "@/data/schema";

/**
 * A project's name in the figure's language where a source gives one, otherwise its English name
 * (as shared/project-name does on screen; figures are built below the shared layer).
 */
export function projectNameIn(project: Pick<Project, "name" | "names">, lang: string): string {
  if (lang === "ur" || lang === "zh") return project.names?.[lang] ?? project.name;
  return project.name;
}
