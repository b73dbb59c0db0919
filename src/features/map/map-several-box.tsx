import { useId } from "react";
import { useTranslation } from "react-i18next";
import { estimateTextWidth } from "@/lib/figure/unit-labels";

/**
 * Projects spanning several provinces (much of the money) are counted once, in no single unit:
 * on the province layer they get a box of their own over the sea, shaded on the same scale as the
 * units and hatched, because the amount is spread over several of them and not located.
 */
export function MapSeveralBox({
  fill,
  value,
  count,
  height,
  fontSize,
}: {
  /** The class's fill on the shading scale. */
  fill: string;
  /** The total as said (an amount or a number of projects). */
  value: string;
  count: number;
  height: number;
  fontSize: number;
}) {
  const { t } = useTranslation();
  const patternId = `several-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const lines = [t("map.several.title"), value, t("map.several.count", { count })];
  const lineHeight = fontSize + 3;
  const w =
    Math.max(...lines.map((l, i) => estimateTextWidth(l, i === 0 ? fontSize : fontSize - 1))) + 56;
  const h = lines.length * lineHeight + 12;
  const x = 8;
  const y = height - h - 8;
  return (
    <g aria-hidden="true" data-several="" pointerEvents="none">
      <defs>
        <pattern
          id={patternId}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill={fill} />
          <line x1={0} y1={0} x2={0} y2={6} stroke="var(--card)" strokeWidth={2} />
        </pattern>
      </defs>
      <rect x={x} y={y} width={w} height={h} rx={4} fill="var(--card)" stroke="var(--border)" />
      <rect
        x={x + 8}
        y={y + 8}
        width={32}
        height={h - 16}
        rx={2}
        fill={`url(#${patternId})`}
        stroke="var(--muted-foreground)"
      />
      {lines.map((line, i) => (
        <text
          key={line}
          x={x + 48}
          y={y + 6 + (i + 1) * lineHeight - 3}
          fontSize={i === 0 ? fontSize : fontSize - 1}
          fontWeight={i === 0 ? 600 : 400}
          fill={i === 2 ? "var(--muted-foreground)" : "var(--foreground)"}
        >
          {line}
        </text>
      ))}
    </g>
  );
}
