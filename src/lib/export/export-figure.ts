/**
 * The export library's one entry point for the UI, loaded with import() when a download menu
 * first opens, so none of it is in the main bundle.
 */
export { canvasColorConverter } from "./colors";
export { composeFigureSvg, figurePadding, layoutFigure, type FigureText } from "./compose";
export { findChartSvg, readLegend } from "./figure-dom";
export { rasterize } from "./rasterize";
export { captureHtml } from "./capture-html";
export { readTableText, tableFacts } from "./alt-text";
export { canvasTextMeasurer } from "./text-layout";
