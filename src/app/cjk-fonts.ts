/** Faces fetched at once: the rest wait, so the page's own requests are not held up. */
const AT_ONCE = 2;

/** The Chinese face's files the page's style sheets name (one per subset and weight). */
export function chineseFaceUrls(): string[] {
  const urls = new Set<string>();
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      if (!rule.style.getPropertyValue("font-family").includes("Noto Sans SC")) continue;
      const file = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule.style.getPropertyValue("src"));
      if (file?.[1]) urls.add(new URL(file[1], sheet.href ?? document.baseURI).href);
    }
  }
  return [...urls];
}

/**
 * Offline in Chinese: the face comes in about a hundred subsets a weight, and a page fetches only
 * those its characters need, so another view's text would find its subset missing offline. Once
 * the service worker controls the page, every subset is asked for, two at a time, in the
 * background: each passes through the worker into its cache (vite.config.ts runtimeCaching), or
 * comes from it when already there. Nothing happens without the worker or with Save-Data on.
 */
export function cacheChineseFaces(): void {
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  if (!navigator.serviceWorker?.controller || connection?.saveData) return;
  const queue = chineseFaceUrls();
  const next = async (): Promise<void> => {
    const url = queue.shift();
    if (url === undefined) return;
    await fetch(url).catch(() => undefined);
    return next();
  };
  for (let i = 0; i < AT_ONCE; i++) void next();
}
