import "./messages";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { selectSelection } from "@/data/selectors/sources";
import { downloadBlob } from "@/lib/download";
import { formatNumber } from "@/lib/format";
import { useFilters, useLanguage } from "@/shared/url-state";
import { ColumnDefinitions } from "./column-definitions";
import { buildFile, type FileKind, type Scope } from "./export-files";
import { filtersInAddress } from "@/lib/url-params";
import { ColumnHeads } from "@/components/ui/column-heads";

const selectDataset = (d: Dataset) => d;
const KINDS: readonly FileKind[] = ["dataset", "projects", "documents", "meetings"];

type Counts = Record<Exclude<FileKind, "dataset">, number>;
const countsOf = (d: Dataset): Counts => ({
  projects: d.projects.length,
  documents: d.documents.length,
  meetings: d.meetings.length,
});

/** Full dataset and current selection, as JSON and as CSV per collection. */
export function Downloads() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [filters] = useFilters();
  const dataset = useDataset(selectDataset);
  const selection = selectSelection(dataset, filters);
  const filtersText = filtersInAddress(filters);
  const counts: Record<Scope, Counts> = { full: countsOf(dataset), selection: countsOf(selection) };
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const n = (v: number) => formatNumber(v, lang);

  const download = async (kind: FileKind, scope: Scope) => {
    try {
      const { blob, filename } = await buildFile(kind, scope, dataset, filters, t);
      downloadBlob(blob, filename);
      setStatus({ ok: true, text: t("sources.downloads.downloaded", { file: filename }) });
    } catch (error) {
      setStatus({
        ok: false,
        text: t("sources.downloads.failed", {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  };

  const label = (kind: FileKind, scope: Scope) => {
    const c = counts[scope];
    return kind === "dataset"
      ? t("sources.downloads.jsonButton", {
          projects: t("sources.downloads.nProjects", { count: c.projects, n: n(c.projects) }),
          documents: t("sources.downloads.nDocuments", { count: c.documents, n: n(c.documents) }),
          meetings: t("sources.downloads.nMeetings", { count: c.meetings, n: n(c.meetings) }),
        })
      : t("sources.downloads.button", { count: c[kind], n: n(c[kind]) });
  };

  return (
    <Card className="p-4">
      <h2 className="text-base font-semibold">{t("sources.downloads.title")}</h2>
      <p className="mt-0.5 text-sm text-muted-foreground">{t("sources.downloads.subtitle")}</p>
      <p className="mt-2 text-sm">
        {filtersText
          ? t("sources.downloads.filters", { filters: filtersText })
          : t("sources.downloads.noFilters")}
      </p>
      <div className="relative mt-3 overflow-x-auto">
        <table className="w-full min-w-[34rem] border-collapse text-sm">
          <caption className="sr-only">{t("sources.downloads.title")}</caption>
          <thead>
            <ColumnHeads
              rowClassName="border-b border-border"
              className="px-2 py-1.5 text-start font-semibold text-muted-foreground"
              labels={[
                t("sources.downloads.file"),
                t("sources.downloads.full"),
                t("sources.downloads.selection"),
              ]}
            />
          </thead>
          <tbody>
            {KINDS.map((kind) => (
              <tr key={kind} className="border-b border-border/60 last:border-0">
                <th scope="row" className="px-2 py-2 text-start font-medium">
                  {t(`sources.downloads.${kind === "dataset" ? "json" : kind}`)}
                </th>
                {(["full", "selection"] as const).map((scope) => (
                  <td key={scope} className="px-2 py-2">
                    <Button
                      size="sm"
                      className="h-auto min-h-8 py-1 text-start whitespace-normal"
                      onClick={() => void download(kind, scope)}
                    >
                      <span className="sr-only">
                        {t("sources.downloads.buttonPrefix", {
                          file: t(`sources.downloads.${kind === "dataset" ? "json" : kind}`),
                          scope: t(
                            scope === "full"
                              ? "sources.downloads.full"
                              : "sources.downloads.selection",
                          ),
                        })}
                      </span>{" "}
                      {label(kind, scope)}
                    </Button>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p
        role="status"
        className={status?.ok === false ? "mt-2 text-sm text-danger" : "mt-2 text-sm"}
      >
        {status?.text}
      </p>
      <ColumnDefinitions />
    </Card>
  );
}
