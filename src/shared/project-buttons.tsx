import { Button } from "@/components/ui/button";
import type { Project } from "@/data/schema";
import { projectName, projectNameLang } from "./project-name";
import { useSelectedProject } from "./url-state";
import { useFormat } from "./use-format";

/**
 * The projects a record concerns, one button each opening that project's details; `openLabel`
 * is read after the name by a screen reader ("open project details").
 */
export function ProjectButtons({
  projects,
  openLabel,
}: {
  projects: readonly Pick<Project, "id" | "name" | "names">[];
  openLabel: string;
}) {
  const { lang } = useFormat();
  const [, setProject] = useSelectedProject();
  return (
    <ul className="mt-1 flex flex-wrap gap-1.5">
      {projects.map((p) => (
        <li key={p.id}>
          <Button
            size="sm"
            className="h-auto min-h-8 py-1 text-start whitespace-normal"
            onClick={() => void setProject(p.id)}
          >
            <bdi lang={projectNameLang(p, lang)}>{projectName(p, lang)}</bdi>{" "}
            <span className="sr-only">{openLabel}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
