import type { LegendEntry } from "@/lib/figure/figure";
import { paletteFor } from "@/lib/figure/svg/palette";
import { pageTheme } from "./embed-page";

/** A legend entry's swatch, in the shape the chart draws it with (lib/figure LegendEntry). */
function Swatch({ shape, color }: { shape: LegendEntry["shape"]; color: string }) {
  const line = { stroke: color, strokeWidth: 2, fill: "none" };
  const marks: Record<LegendEntry["shape"], React.ReactNode> = {
    square: <rect x="1" y="1" width="10" height="10" rx="2" fill={color} />,
    circle: <circle cx="6" cy="6" r="5" fill={color} />,
    outline: <rect x="2" y="2" width="8" height="8" {...line} />,
    line: <line x1="6" y1="0" x2="6" y2="12" {...line} />,
    dashed: <line x1="6" y1="0" x2="6" y2="12" strokeDasharray="3 2" {...line} />,
    hatched: (
      <>
        <rect x="1" y="1" width="10" height="10" {...line} strokeWidth={1} />
        <path d="M1 7 7 1M1 11 11 1M5 11 11 5" {...line} strokeWidth={1.5} />
      </>
    ),
    diamond: <path d="M6 1 11 6 6 11 1 6Z" {...line} />,
    ring: <circle cx="6" cy="6" r="4.5" {...line} />,
    route: (
      <>
        <line x1="2" y1="10" x2="10" y2="2" {...line} />
        <circle cx="2" cy="10" r="1.8" fill={color} />
        <circle cx="10" cy="2" r="1.8" fill={color} />
      </>
    ),
  };
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 shrink-0">
      {marks[shape]}
    </svg>
  );
}

/**
 * The figure's legend: what each colour and shape of the chart means, in the colours the chart is
 * drawn with.
 */
export function EmbedLegend({ legend }: { legend: readonly LegendEntry[] }) {
  if (legend.length === 0) return null;
  const { color } = paletteFor(pageTheme());
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-foreground">
      {legend.map((entry) => (
        <li key={`${entry.shape}:${entry.label}`} className="flex items-center gap-1.5">
          <Swatch shape={entry.shape} color={color(entry.color)} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
