/**
 * A picture of an HTML-only chart, for figures drawn without an <svg>. modern-screenshot is loaded
 * on first use only (it is not in the main bundle).
 */
export async function captureHtml(
  node: HTMLElement,
  scale: number,
): Promise<{ image: string; width: number; height: number }> {
  const { domToPng } = await import("modern-screenshot");
  const rect = node.getBoundingClientRect();
  const image = await domToPng(node, { scale, backgroundColor: null });
  return { image, width: Math.round(rect.width), height: Math.round(rect.height) };
}
