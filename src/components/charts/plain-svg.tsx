import type { ReactNode } from "react";

/**
 * The root of a chart drawn as plain SVG (figure-bars, stacked-year-bars): marked for export,
 * hidden from screen readers (the frame gives the figure's words and its table), and always laid
 * out left to right: each chart places its own marks for a right-to-left page.
 */
export function PlainSvg({
  width,
  height,
  children,
}: {
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      data-export=""
      aria-hidden="true"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="block overflow-visible"
      style={{ direction: "ltr" }}
    >
      {children}
    </svg>
  );
}
