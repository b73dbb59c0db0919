import { useId, useState, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { timeTicks } from "@/data/selectors/time-ticks";
import type { TimeRange, TimelineItem } from "@/data/selectors/timeline";
import { formatPartialDate } from "@/lib/format";
import { KIND_COLORS } from "./timeline-labels";
import { useMeasuredWidth } from "@/components/ui/use-measured-width";
import { useFormat } from "@/shared/use-format";

const HEIGHT = 44;

/**
 * An overview strip of every item over the whole extent, with the zoomed range highlighted. Dragging
 * across it zooms to the dragged range (the From and To fields do the same by keyboard).
 */
export function TimelineBrush({
  items,
  extent,
  range,
  today,
  onBrush,
}: {
  items: readonly TimelineItem[];
  extent: TimeRange;
  range: TimeRange | null;
  today: number;
  onBrush: (range: TimeRange) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [box, measured] = useMeasuredWidth<HTMLDivElement>(960);
  // 0 only in the render before the first measurement (never painted): lay out for 960 px.
  const width = measured || 960;
  const hintId = useId();
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const span = extent.to - extent.from;
  const x = (time: number) => ((time - extent.from) / span) * width;
  const timeAt = (event: PointerEvent) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width));
    return extent.from + fraction * span;
  };
  const shown = drag ? { from: Math.min(drag.a, drag.b), to: Math.max(drag.a, drag.b) } : range;
  const ticks = timeTicks(extent, Math.floor(width / 90));

  return (
    <div ref={box} className="mx-2 mt-3">
      <p id={hintId} className="mb-1 text-xs text-muted-foreground">
        {t("timeline.brush.hint")}
      </p>
      <svg
        role="img"
        aria-label={t("timeline.brush.label")}
        aria-describedby={hintId}
        width={width}
        height={HEIGHT + 16}
        // Time runs left to right in every language; only the hint above follows the page.
        direction="ltr"
        className="block cursor-crosshair touch-none select-none"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const at = timeAt(e);
          setDrag({ a: at, b: at });
        }}
        onPointerMove={(e) => {
          if (drag) setDrag({ ...drag, b: timeAt(e) });
        }}
        onPointerUp={(e) => {
          if (!drag) return;
          const b = timeAt(e);
          setDrag(null);
          // A click without a drag is not a range: at least a few pixels must be covered.
          if (Math.abs(x(b) - x(drag.a)) < 4) return;
          onBrush({ from: Math.min(drag.a, b), to: Math.max(drag.a, b) });
        }}
        onPointerCancel={() => setDrag(null)}
      >
        <rect x={0} y={0} width={width} height={HEIGHT} fill="var(--muted)" rx={4} />
        {items.map((item) => {
          const mid = x((item.extent.from + item.extent.to) / 2);
          return (
            <line
              key={item.key}
              x1={mid}
              x2={mid}
              y1={6}
              y2={HEIGHT - 6}
              stroke={KIND_COLORS[item.kind]}
              strokeOpacity={0.7}
              strokeWidth={1.5}
            />
          );
        })}
        {today >= extent.from && today <= extent.to && (
          <line
            x1={x(today)}
            x2={x(today)}
            y1={0}
            y2={HEIGHT}
            stroke="var(--foreground)"
            strokeDasharray="3 2"
          />
        )}
        {shown && (
          <rect
            x={x(Math.max(shown.from, extent.from))}
            y={1}
            width={Math.max(
              2,
              x(Math.min(shown.to, extent.to)) - x(Math.max(shown.from, extent.from)),
            )}
            height={HEIGHT - 2}
            fill="var(--ring)"
            fillOpacity={0.15}
            stroke="var(--ring)"
            strokeWidth={2}
            rx={3}
          />
        )}
        {ticks.map((tick) => (
          <text
            key={tick.at}
            x={x(tick.at)}
            y={HEIGHT + 13}
            textAnchor={x(tick.at) < 20 ? "start" : x(tick.at) > width - 20 ? "end" : "middle"}
            fontSize={11}
            fill="var(--chart-axis)"
          >
            {formatPartialDate(tick.date, format)}
          </text>
        ))}
      </svg>
    </div>
  );
}
