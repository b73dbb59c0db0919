import type { Filters } from "@/data/filters";
import { memo, useCallback, useEffect, useRef } from "react";
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

  // Focus moves to the details when a document is chosen here, not when the page opens on one.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  useEffect(() => {
    if (focusNext.current && detail) {
      focusNext.current = false;
      headingRef.current?.focus();
    }
  }, [detail]);
  const choose = (id: string) => {
    focusNext.current = true;
    void setSelected(id);
  };
  const close = () => {
    const id = selected;
    void setSelected(null);
    if (id) document.getElementById(`document-${id}`)?.focus();
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted-foreground">{t("documents.scope")}</p>
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(22rem,2fr)]">
        <div className="xl:sticky xl:top-4 xl:col-start-2 xl:row-start-1 xl:max-h-[calc(100dvh-2rem)] xl:overflow-y-auto">
          {detail ? (
            <DocumentDetail
              detail={detail}
              onClose={close}
              onOpenMeeting={openMeeting}
              onOpenDocument={choose}
              headingRef={headingRef}
            />
          ) : (
            <Card className="hidden p-4 text-sm text-muted-foreground xl:block">
              {t("documents.detail.choose")}
            </Card>
          )}
        </div>
        <div className="min-w-0 space-y-4 xl:col-start-1 xl:row-start-1">
          {data.records > 0 && <DocumentsPerYearChart data={data} source={source} asOf={asOf} />}
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
        </div>
      </div>
    </div>
  );
});
