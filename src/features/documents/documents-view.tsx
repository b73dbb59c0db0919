import type { Filters } from "@/data/filters";
import { memo, useCallback } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "@/components/ui/card";
import { useDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { documentDetail, selectDocumentsView, sortDocumentRows } from "@/data/selectors/documents";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { DeferredFilters } from "@/shared/updating";
import { DocumentDetail } from "./document-detail";
import { DocumentsPerYearChart } from "./documents-chart";
import { DeferUntilNear, HeldRoom } from "@/components/charts/deferred-figures";
import { DocumentsTable } from "./documents-table";
import { useDocumentSort, useOpenMeeting, useSelectedDocument } from "./documents-url";
import { ListDetailLayout } from "@/shared/list-detail-layout";
import { useListDetailFocus } from "@/shared/use-list-detail-focus";
import { useFormat } from "@/shared/use-format";

const selectMeta = (d: Dataset) => d.metadata;

export function DocumentsView() {
  return <DeferredFilters content={DocumentsContent} />;
}

const DocumentsContent = memo(function DocumentsContent({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [selected, setSelected] = useSelectedDocument();
  const [sort, setSort] = useDocumentSort();
  const openMeeting = useOpenMeeting();
  const meta = useDataset(selectMeta);
  const data = useDataset((d) => selectDocumentsView(d, filters));
  const detail = useDataset(useCallback((d: Dataset) => documentDetail(d, selected), [selected]));
  const rows = sortDocumentRows(data.rows, sort.key, sort.direction);
  const asOf = formatPartialDate(meta.dataAsOf, format);
  const source = t("documents.source", { version: meta.version, count: data.sources });

  const { headingRef, choose, close } = useListDetailFocus({
    selected,
    setSelected,
    shown: detail,
    idPrefix: "document",
  });

  return (
    <ListDetailLayout
      intro={t("documents.scope")}
      hint={t("documents.detail.choose")}
      detail={
        detail && (
          <DocumentDetail
            detail={detail}
            onClose={close}
            onOpenMeeting={openMeeting}
            onOpenDocument={choose}
            headingRef={headingRef}
          />
        )
      }
    >
      {data.records > 0 && <DocumentsPerYearChart filters={filters} />}
      <Card className="p-4">
        <h2 className="text-base font-semibold">{t("documents.table.title")}</h2>
        <p className="mt-0.5 text-sm text-muted-foreground" aria-live="polite">
          {t("documents.count", {
            records: t("documents.records", {
              count: data.records,
              n: formatNumber(data.records, format),
            }),
            instruments: t("documents.instruments", {
              count: data.instruments,
              n: formatNumber(data.instruments, format),
            }),
          })}
        </p>
        {data.records === 0 ? (
          <p role="status" className="mt-3 text-sm">
            {t("documents.none")}
          </p>
        ) : (
          <div className="mt-3">
            {/* Below the chart: drawn when the reader goes on, not in the first screen. */}
            <DeferUntilNear placeholder={<HeldRoom rem={rows.length * 3.5} />}>
              <DocumentsTable
                rows={rows}
                sort={sort}
                onSort={setSort}
                selected={selected}
                onSelect={choose}
              />
            </DeferUntilNear>
          </div>
        )}
        <p className="mt-2 border-t border-border pt-2 text-xs text-muted-foreground">
          {t("chart.source", { source })} · {t("chart.asOf", { date: asOf })}
        </p>
      </Card>
    </ListDetailLayout>
  );
});
