import "./messages";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ColumnHeads } from "@/components/ui/column-heads";
import { PROJECT_COLUMNS } from "@/data/projects-csv-columns";
import { DOCUMENT_COLUMNS, MEETING_COLUMNS } from "@/data/record-csv-rows";

const COLUMN_DOCS = [
  { kind: "projects", columns: PROJECT_COLUMNS, key: "projectColumns" },
  { kind: "documents", columns: DOCUMENT_COLUMNS, key: "documentColumns" },
  { kind: "meetings", columns: MEETING_COLUMNS, key: "meetingColumns" },
] as const;

/**
 * What each column of the CSV files means, folded. The tables (a hundred rows) are drawn when the
 * reader first opens it, not with the page.
 */
export function ColumnDefinitions() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="mt-2 text-sm"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="cursor-pointer font-medium">{t("sources.downloads.columns")}</summary>
      <p className="mt-2 text-muted-foreground">{t("sources.downloads.columnsNote")}</p>
      {opened &&
        COLUMN_DOCS.map(({ kind, columns, key }) => (
          <div key={kind} className="relative mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="text-start font-semibold">
                {t(`sources.downloads.${kind}`)}
              </caption>
              <thead>
                <ColumnHeads
                  rowClassName="border-b border-border"
                  className="px-2 py-1 text-start font-semibold text-muted-foreground"
                  labels={[t("sources.downloads.column"), t("sources.downloads.meaning")]}
                />
              </thead>
              <tbody>
                {columns.map((c) => (
                  <tr key={c} className="border-b border-border/60 last:border-0">
                    <th scope="row" className="px-2 py-1 text-start font-mono text-xs font-normal">
                      {c}
                    </th>
                    <td className="px-2 py-1">{t(`sources.downloads.${key}.${c}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </details>
  );
}
