import type { Province } from "@/data/schema";
import type { PlacedLabel } from "@/lib/figure/unit-labels";

/**
 * The provinces' and territories' names (and, on the province layer, their values), each centred
 * inside its unit (lib/figure/unit-labels), with a halo to read over the markers.
 */
export function MapLabels({
  labels,
  fontSize,
  lineHeight,
  valueLines,
}: {
  labels: readonly (PlacedLabel & { province: Province })[];
  fontSize: number;
  lineHeight: number;
  /** How many of a label's last lines are its value (drawn in regular weight). */
  valueLines: number;
}) {
  return (
    <g aria-hidden="true" pointerEvents="none">
      {labels.map((label) => {
        const { x, y, lines, anchor, leader } = label;
        // the block of lines centred on the label point
        const top = y - (lines.length * lineHeight) / 2 + fontSize * 0.8;
        return (
          <g key={label.province} data-label={label.province}>
            {leader && (
              <line
                x1={x + 3}
                y1={top - fontSize / 3}
                x2={leader[0]}
                y2={leader[1]}
                stroke="var(--foreground)"
                strokeWidth={0.8}
              />
            )}
            <text
              x={x}
              y={top}
              textAnchor={anchor}
              fontSize={fontSize}
              fontWeight={600}
              fill="var(--foreground)"
              stroke="var(--card)"
              strokeWidth={3}
              strokeLinejoin="round"
              paintOrder="stroke"
            >
              {lines.map((line, i) => (
                <tspan
                  key={`${i}-${line}`}
                  x={x}
                  dy={i === 0 ? 0 : lineHeight}
                  fontWeight={i >= lines.length - valueLines ? 400 : undefined}
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
