/**
 * The figure-export library, loaded with import() when a download menu is about to open: compose a
 * figure for its target as SVG, rasterise it, build PowerPoint slides. Nothing of it is in a first
 * visit's code.
 */
export { composeFigure } from "./svg/compose";
export { rasterize } from "../export/rasterize";
export { figuresToPptx } from "./pptx-export";
