import type { Source } from "@/data/schema";
import { formatPartialDate } from "@/lib/format";

/** A record's sources as links, each with its publisher and date, for the detail panels. */
export function SourceLinks({
  sources,
  lang,
  newTabLabel,
  undatedLabel,
}: {
  sources: readonly Source[];
  lang: string;
  /** Screen-reader note that the link opens a new tab. */
  newTabLabel: string;
  undatedLabel: string;
}) {
  return (
    <ul className="mt-1 space-y-1.5 text-sm">
      {sources.map((s) => (
        <li key={s.url}>
          <a
            href={s.url}
            target="_blank"
            rel="noopener noreferrer"
            className="break-words text-primary underline"
          >
            <bdi>{s.title}</bdi> <span className="sr-only">{newTabLabel}</span>
          </a>
          <span className="text-muted-foreground">
            {" "}
            · <bdi>{s.publisher}</bdi> · {s.date ? formatPartialDate(s.date, lang) : undatedLabel}
          </span>
        </li>
      ))}
    </ul>
  );
}
