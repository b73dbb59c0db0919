import type { Source } from "@/data/schema";
import type { FigureSources, SourceRef } from "./figure";

/**
 * The distinct sources (by URL) of the records a figure draws, most cited first, each with the
 * number of records that cite it. "From N sources" in every footer counts this way.
 */
export function collectSources(
  records: readonly { sources: readonly Source[] }[],
  primary: SourceRef | null = null,
): FigureSources {
  const byUrl = new Map<string, SourceRef>();
  for (const r of records) {
    const seen = new Set<string>();
    for (const s of r.sources) {
      if (seen.has(s.url)) continue;
      seen.add(s.url);
      const hit = byUrl.get(s.url);
      if (hit) hit.records++;
      else
        byUrl.set(s.url, {
          publisher: s.publisher,
          title: s.title,
          date: s.date,
          url: s.url,
          records: 1,
        });
    }
  }
  const list = [...byUrl.values()].sort(
    (a, b) => b.records - a.records || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
  );
  return { count: list.length, primary, list };
}
