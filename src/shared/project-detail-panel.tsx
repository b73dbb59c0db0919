import { lazy } from "react";
import { useSelectedProject } from "./url-state";

// The dialog and the project's detail come with the first project opened, not with every page.
const DetailDialog = lazy(() =>
  import("./project-detail-dialog").then((m) => ({ default: m.DetailDialog })),
);

/** The project's detail, opened from any view by the `project` URL parameter. */
export function ProjectDetailPanel() {
  const [id, setId] = useSelectedProject();
  if (id === null) return null;
  return <DetailDialog id={id} onClose={() => void setId(null)} />;
}
