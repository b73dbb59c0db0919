import type { Figure } from "@/lib/figure/figure";

/** The size an embed code gives its frame, in CSS px: a figure's caption, chart and footer fit it. */
export const EMBED_SIZE = { width: 800, height: 500 } as const;

/**
 * What the address of a view keeps in an embed: everything that changes what the figure draws
 * (filters, language, digits, amounts, the view's own settings), not what the view has open
 * (a project, a meeting, a document, a timeline item), its table order or presentation state.
 */
const NOT_EMBEDDED = [
  "view",
  "present",
  "step",
  "project",
  "meeting",
  "doc",
  "titem",
  "sort",
  "dir",
  "docsort",
  "srcq",
] as const;

/**
 * The address of a figure in embed mode: the same static build (path included, so it works from
 * any sub-path) with `embed=<figure id>` and the view's settings from `href`.
 */
export function embedAddress(href: string, figureId: string): string {
  const url = new URL(href);
  for (const name of NOT_EMBEDDED) url.searchParams.delete(name);
  url.searchParams.set("embed", figureId);
  url.hash = "";
  return url.href;
}

/** Text for an HTML attribute value in double quotes, or for element content. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * The embed code of a figure: an iframe at a fixed size, titled with the figure's title (what a
 * screen reader announces for the frame), loaded lazily, followed by a link back to the full view
 * for readers whose page does not show frames.
 */
export function embedSnippet(embed: {
  src: string;
  title: string;
  link: string;
  linkText: string;
  width?: number;
  height?: number;
}): string {
  const { width = EMBED_SIZE.width, height = EMBED_SIZE.height } = embed;
  return [
    `<iframe src="${escapeHtml(embed.src)}" title="${escapeHtml(embed.title)}" width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    `<p><a href="${escapeHtml(embed.link)}">${escapeHtml(embed.linkText)}</a></p>`,
  ].join("\n");
}

/** The embed code of a figure: its embed address built from the view's link, the link back. */
export function figureEmbedCode(
  figure: Pick<Figure, "id" | "title" | "link">,
  linkText: string,
): string {
  const { id, title, link } = figure;
  return embedSnippet({ src: embedAddress(link, id), title, link, linkText });
}
