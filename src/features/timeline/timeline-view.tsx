import type { Filters } from "@/data/filters";
import { memo, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useToday } from "@/shared/today";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Button } from "@/components/ui/button";
import { useDataset } from "@/data/queries";
import {
  countByKind,
  rangeToParams,
  selectTimelineItems,
  timelineExtent,
  timelineKinds,
  visibleItems,
  wholeYears,
  zoomRange,
  type TimelineItem,
  type TimelineKind,
} from "@/data/selectors/timeline";
import { clusterItems } from "@/data/selectors/timeline-lanes";
import { resolveItem, selectTimelineIndex } from "@/data/selectors/timeline-index";
import { monthStart } from "@/lib/url-parsers";
import { EmptyResult } from "@/shared/empty-result";
import { useFigure } from "@/shared/use-figure";
import { formatPartialDate } from "@/lib/format";
import { buildTimelineFigure } from "@/lib/figure/build/timeline";
import { DeferredFilters } from "@/shared/updating";
import { TimelineBrush } from "./timeline-brush";
import { TimelineChart } from "./timeline-chart";
import { TimelineControls, type Preset } from "./timeline-controls";
import { TimelineClusterDetails, TimelineDetails } from "./timeline-details";
import { itemTitle, KIND_COLORS } from "./timeline-labels";
import { useTimelineState } from "./timeline-state";
import { useFormat } from "@/shared/use-format";

/** The timeline's figure; its options are compared by value (kinds and range come anew each time). */
function useTimelineFigure(
  filters: Filters,
  kindsKey: string,
  from: number | null,
  to: number | null,
) {
  const options = useMemo(
    () => ({
      kinds: kindsKey ? (kindsKey.split(",") as TimelineKind[]) : [],
      range: from !== null && to !== null ? { from, to } : null,
    }),
    [kindsKey, from, to],
  );
  return useFigure(buildTimelineFigure, filters, options);
}

export function TimelineView() {
  return <DeferredFilters content={TimelineContent} />;
}

const TimelineContent = memo(function TimelineContent({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { lang } = format;
  const [state, setState] = useTimelineState();
  const today = useToday();
  const [listMode, setListMode] = useState(false);
  const [panelFocus, setPanelFocus] = useState(0);
  const index = useDataset(selectTimelineIndex);
  const allKinds = useDataset(timelineKinds);
  const items = useDataset((d) => selectTimelineItems(d, filters));

  const hidden = state.thide;
  const kinds = allKinds.filter((k) => !hidden.includes(k));
  const extent = timelineExtent(items, today);
  const zoom = zoomRange(state.tfrom, state.tto, extent);
  const range = zoom ?? (extent ? wholeYears(extent) : null);
  const shown = visibleItems(items, hidden, range);
  const counts = countByKind(items);
  const selected = state.titem ? resolveItem(state.titem, index) : null;
  const cluster = state.titem ? clusterItems(state.titem, shown) : [];
  const figure = useTimelineFigure(filters, kinds.join(","), zoom?.from ?? null, zoom?.to ?? null);
  const thisYear = new Date(today).getUTCFullYear();

  const presets: Preset[] = [
    { id: "all", label: t("timeline.controls.all"), from: null, to: null },
    { id: "first", label: t("timeline.controls.firstPhase"), from: "2013", to: "2017" },
    {
      id: "recent",
      label: t("timeline.controls.lastYears", { count: 5 }),
      from: String(thisYear - 4),
      to: String(thisYear),
    },
  ];

  const select = (key: string, fromPanel = false) => {
    void setState({ titem: key });
    if (fromPanel) setPanelFocus((n) => n + 1);
  };
  const close = () => {
    const key = state.titem;
    void setState({ titem: null });
    // Back to the item the details were for, so keyboard users keep their place.
    if (key)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus(),
      );
  };
  const toggleKind = (kind: TimelineKind) =>
    void setState({
      thide: hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind],
    });
  // Written in order, so the link it makes reads as it shows (a reversed one is told as corrected).
  const setRange = (from: string | null, to: string | null) =>
    void setState(
      from !== null && to !== null && monthStart(from) > monthStart(to)
        ? { tfrom: to, tto: from }
        : { tfrom: from, tto: to },
    );

  if (items.length === 0) return <EmptyResult />;

  const title = (x: TimelineItem) => itemTitle(x, index, t, lang);

  return (
    <div className="space-y-4">
      <TimelineControls
        kinds={allKinds}
        counts={counts}
        hidden={hidden}
        onToggleKind={toggleKind}
        presets={presets}
        from={state.tfrom}
        to={state.tto}
        onRange={setRange}
      />
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <ChartFrame
          figure={figure}
          actions={
            <Button size="sm" aria-pressed={listMode} onClick={() => setListMode((v) => !v)}>
              {t("timeline.showList")}
            </Button>
          }
        >
          <ul
            hidden={listMode}
            aria-label={t("timeline.legend.label")}
            data-legend=""
            className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground"
          >
            <li className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-3 rounded-full bg-[var(--chart-axis)]"
              />
              {t("timeline.legend.day")}
            </li>
            <li className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-3 w-6 rounded-sm border-2 border-[var(--chart-axis)]"
                style={{
                  backgroundImage:
                    "repeating-linear-gradient(135deg, color-mix(in srgb, var(--chart-axis) 45%, transparent) 0 3px, transparent 3px 6px)",
                }}
              />
              {t("timeline.legend.partial")}
            </li>
            <li className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-3 border-s-2 border-dashed border-[var(--foreground)]"
              />
              {t("timeline.legend.today")}
            </li>
          </ul>
          {shown.length === 0 || !range ? (
            <div
              role="status"
              className="rounded-md border border-dashed border-border p-6 text-center"
            >
              <p>{t("timeline.nothingShown")}</p>
              <Button
                size="sm"
                className="mt-2"
                onClick={() => void setState({ thide: null, tfrom: null, tto: null })}
              >
                {t("timeline.showEverything")}
              </Button>
            </div>
          ) : listMode ? (
            <ol aria-label={t("timeline.listLabel")} className="divide-y divide-border text-sm">
              {shown.map((x) => (
                <li key={x.key}>
                  <button
                    type="button"
                    data-key={x.key}
                    aria-pressed={x.key === state.titem}
                    onClick={() => select(x.key)}
                    className="flex w-full flex-wrap items-baseline gap-x-2 px-1 py-1.5 text-start hover:bg-muted aria-pressed:bg-accent"
                  >
                    <span className="w-28 shrink-0 text-muted-foreground tabular-nums">
                      {formatPartialDate(x.extent.date, format)}
                    </span>
                    <span className="flex shrink-0 items-center gap-1 text-xs text-muted-foreground">
                      <span
                        aria-hidden="true"
                        className="inline-block size-2 rounded-full"
                        style={{ background: KIND_COLORS[x.kind] }}
                      />
                      {t(`timeline.kind.${x.kind}`)}
                    </span>
                    <span className="min-w-0 flex-1 font-medium">{title(x)}</span>
                  </button>
                </li>
              ))}
            </ol>
          ) : (
            <>
              <TimelineChart
                items={shown}
                kinds={kinds}
                range={range}
                today={today}
                index={index}
                selectedKey={state.titem}
                onSelect={select}
              />
              {extent && (
                <TimelineBrush
                  items={visibleItems(items, hidden, null)}
                  extent={wholeYears(extent)}
                  range={zoom}
                  today={today}
                  onBrush={(r) => {
                    const p = rangeToParams(r);
                    setRange(p.from, p.to);
                  }}
                />
              )}
            </>
          )}
        </ChartFrame>
        <div className="min-w-0 xl:sticky xl:top-4 xl:max-h-[calc(100dvh-2rem)] xl:self-start xl:overflow-y-auto">
          {cluster.length > 0 ? (
            <TimelineClusterDetails
              items={cluster}
              index={index}
              onSelect={(key) => select(key, true)}
              onClose={close}
            />
          ) : selected ? (
            <TimelineDetails
              item={selected}
              index={index}
              onSelect={(key) => select(key, true)}
              onClose={close}
              focusKey={panelFocus}
            />
          ) : (
            <p className="rounded-lg border border-dashed border-border p-4 text-sm text-muted-foreground">
              {t("timeline.details.prompt")}
            </p>
          )}
        </div>
      </div>
    </div>
  );
});
