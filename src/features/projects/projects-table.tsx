import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useQueryStates } from "nuqs";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { HeldRoom } from "@/components/charts/deferred-figures";
import { ProjectStatus } from "@/shared/project-status";
import type { Project } from "@/data/schema";
import { sortProjects, type SortKey } from "@/data/selectors/project-table";
import { cn } from "@/lib/cn";
import { formatPartialDate, formatUnit, formatUsdMillions } from "@/lib/format";
import { parsersOf } from "@/lib/url-params";
import { projectName, projectNameLang } from "@/shared/project-name";
import { useFormat } from "@/shared/use-format";

const sortParsers = parsersOf("sort", "dir");

/** Above this many rows only the visible ones are in the DOM. */
const VIRTUALISE_FROM = 150;
const ROW_HEIGHT = 45;

/**
 * Below `sm` (a phone) the names stay in sight while the other columns scroll under them: a
 * column of at most 11rem, on the card's colour, with a line at its edge.
 */
const STICKY_NAME =
  "max-sm:sticky max-sm:start-0 max-sm:z-[1] max-sm:max-w-[11rem] max-sm:min-w-[9rem] max-sm:bg-card max-sm:shadow-[inset_-1px_0_0_var(--color-border)] max-sm:group-hover:bg-muted rtl:max-sm:shadow-[inset_1px_0_0_var(--color-border)]";
const STICKY_NAME_HEAD =
  "max-sm:sticky max-sm:start-0 max-sm:z-[1] max-sm:bg-muted max-sm:shadow-[inset_-1px_0_0_var(--color-border)] rtl:max-sm:shadow-[inset_1px_0_0_var(--color-border)]";

/** The room the table takes for so many rows, held for it until it is drawn. */
export function ProjectsTableRoom({ rows }: { rows: number }) {
  return <HeldRoom rem={Math.min(rows, VIRTUALISE_FROM) * 2.8 + 3} />;
}

export function ProjectsTable({
  projects,
  onOpen,
}: {
  projects: readonly Project[];
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { lang } = format;
  const [{ sort, dir }, setSort] = useQueryStates(sortParsers, { history: "replace" });
  const rows = useMemo(() => sortProjects(projects, sort, dir), [projects, sort, dir]);
  // Where the table starts on the page, for the window virtualiser; measured when it mounts.
  const [scrollMargin, setScrollMargin] = useState(0);
  const tableRef = useCallback((el: HTMLTableElement | null) => {
    if (el) setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtual = rows.length >= VIRTUALISE_FROM;
  const virtualizer = useWindowVirtualizer({
    count: virtual ? rows.length : 0,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin,
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const visible = virtual
    ? items.map((i) => ({ p: rows[i.index]!, index: i.index }))
    : rows.map((p, index) => ({ p, index }));
  const padTop = virtual && items[0] ? items[0].start - virtualizer.options.scrollMargin : 0;
  const padBottom =
    virtual && items.length > 0
      ? virtualizer.getTotalSize() -
        (items[items.length - 1]!.end - virtualizer.options.scrollMargin)
      : 0;

  const header = (key: SortKey, align: "start" | "end" = "start", className?: string) => {
    const active = sort === key;
    const next = active && dir === "asc" ? "desc" : "asc";
    return (
      <th
        scope="col"
        aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}
        className={cn(
          "px-2 py-2 font-semibold whitespace-nowrap",
          align === "end" ? "text-end" : "text-start",
          className,
        )}
      >
        <button
          type="button"
          onClick={() =>
            void setSort({
              sort: key,
              dir: active ? next : key === "cost" || key === "capacity" ? "desc" : "asc",
            })
          }
          className="inline-flex items-center gap-1 rounded hover:underline"
        >
          {t(`projects.column.${key}`)}
          <span aria-hidden="true" className="text-muted-foreground">
            {active ? (dir === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-card">
      <table
        ref={tableRef}
        className="w-full min-w-[720px] border-collapse text-sm sm:min-w-[960px]"
        aria-rowcount={rows.length + 1}
      >
        <caption className="sr-only">{t("projects.tableCaption", { count: rows.length })}</caption>
        <thead className="sticky top-0 z-10 bg-muted">
          <tr>
            {header("name", "start", STICKY_NAME_HEAD)}
            {header("sector")}
            {header("province")}
            {header("capacity", "end")}
            {header("cost", "end")}
            {header("status")}
            {header("start")}
            {header("completion")}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={8} style={{ height: padTop }} />
            </tr>
          )}
          {visible.map(({ p, index }) => (
            <tr
              key={p.id}
              aria-rowindex={index + 2}
              className="group border-t border-border hover:bg-muted/60"
              style={{ height: ROW_HEIGHT }}
            >
              <th
                scope="row"
                className={cn("max-w-[28rem] px-2 py-1.5 text-start font-normal", STICKY_NAME)}
              >
                <button
                  type="button"
                  onClick={() => onOpen(p.id)}
                  className="text-start font-medium text-primary underline-offset-2 hover:underline"
                >
                  <bdi lang={projectNameLang(p, lang)}>{projectName(p, lang)}</bdi>
                </button>
              </th>
              <td className="px-2 py-1.5">{t(`sector.${p.sector}`)}</td>
              <td className="px-2 py-1.5">
                {p.provinces.length > 1 ? t("province.several") : t(`province.${p.provinces[0]!}`)}
              </td>
              <td className="px-2 py-1.5 text-end whitespace-nowrap tabular-nums">
                {p.capacity ? (
                  formatUnit(p.capacity.value, p.capacity.unit, format)
                ) : (
                  <span className="text-muted-foreground">{t("projects.notReported")}</span>
                )}
              </td>
              <td className="px-2 py-1.5 text-end whitespace-nowrap tabular-nums">
                {p.cost ? (
                  formatUsdMillions(p.cost.usdMillions, format)
                ) : (
                  <span className="text-muted-foreground">{t("projects.notReported")}</span>
                )}
              </td>
              <td className="px-2 py-1.5 whitespace-nowrap">
                <ProjectStatus status={p.status} />
              </td>
              <td className="px-2 py-1.5 whitespace-nowrap">
                {p.dates.start ? formatPartialDate(p.dates.start, format) : "—"}
              </td>
              <td className="px-2 py-1.5 whitespace-nowrap">
                {p.dates.completion ? (
                  formatPartialDate(p.dates.completion, format)
                ) : p.dates.plannedCompletion ? (
                  <span>
                    {t("projects.plannedShort", {
                      date: formatPartialDate(p.dates.plannedCompletion, format),
                    })}
                  </span>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={8} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
