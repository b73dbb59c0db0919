import { useTranslation } from "react-i18next";
import type { Conflict, Project } from "@/data/schema";
import { conflictFieldName, type ConflictFieldName } from "@/data/selectors/project-detail";
import { STATUSES } from "@/data/vocabulary";
import { SourceLink } from "./source-links";
import { useFormat, type Format } from "./use-format";
import { ColumnHeads } from "@/components/ui/column-heads";

const isStatus = (value: string): value is (typeof STATUSES)[number] =>
  (STATUSES as readonly string[]).includes(value);

/** A conflicting value as the reader reads it: an amount, a capacity with its unit, a status, a date. */
function ConflictValue({
  name,
  value,
  project,
  format,
}: {
  name: ConflictFieldName | null;
  value: Conflict["value"];
  project: Project;
  format: Format;
}) {
  const { t } = useTranslation();
  if (typeof value === "number") {
    if (name === "cost") return <>{format.usdMillions(value)}</>;
    if (name === "capacity" && project.capacity)
      return <>{format.unit(value, project.capacity.unit)}</>;
    return <>{format.number(value, 2)}</>;
  }
  if (name === "status" && isStatus(value)) return <>{t(`status.${value}`)}</>;
  if ((name === "start" || name === "plannedCompletion" || name === "completion") && value)
    return <>{format.partialDate(value)}</>;
  return <bdi>{value}</bdi>;
}

/** Where sources disagree on a project's field: each value, its source and which one is used. */
export function ProjectDetailConflicts({ project }: { project: Project }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="detail-conflicts">
      <h3 id="detail-conflicts" className="mb-1 font-semibold">
        {t("detail.conflicts")}
      </h3>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("detail.conflicts")}</caption>
          <thead>
            <ColumnHeads
              rowClassName="border-b border-border text-start text-muted-foreground"
              className="py-1 pe-2 text-start last:pe-0"
              labels={[
                t("detail.conflict.field"),
                t("detail.conflict.value"),
                t("detail.conflict.source"),
                t("detail.conflict.used"),
              ]}
            />
          </thead>
          <tbody>
            {project.conflicts.map((c, i) => {
              const name = conflictFieldName(c.field);
              return (
                <tr key={i} className="border-b border-border/60 align-top">
                  <td className="py-1 pe-2">
                    {name ? t(`detail.field.${name}`) : <bdi>{c.field}</bdi>}
                  </td>
                  <td className="py-1 pe-2 tabular-nums">
                    <ConflictValue name={name} value={c.value} project={project} format={format} />
                  </td>
                  <td className="py-1 pe-2">
                    <SourceLink source={c.source} />
                  </td>
                  <td className="py-1">
                    <strong>{c.used ? t("detail.conflict.yes") : t("detail.conflict.no")}</strong>
                    <span dir="auto" className="block text-muted-foreground">
                      {c.why}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
