import { useTranslation } from "react-i18next";
import type { Source } from "@/data/schema";
import { cn } from "@/lib/cn";
import { useFormat } from "./use-format";

/**
 * A source as a link that opens in a new tab (said to screen readers), then its publisher and
 * date. The one way a record's source is shown, in every detail panel. `short` is the citation
 * beside a field: the link reads "publisher, date", and the title shows on hover.
 */
export function SourceLink({ source, short = false }: { source: Source; short?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const date = source.date ? format.partialDate(source.date) : t("source.undated");
  if (short)
    return (
      <a
        href={source.url}
        target="_blank"
        rel="noopener noreferrer"
        title={source.title}
        className="text-primary"
      >
        {/* Underlined inside, so the space before the hidden words is not underlined too. */}
        <span className="underline underline-offset-2">
          <bdi>{source.publisher}</bdi>
          {t("source.citationSeparator")}
          <span className="whitespace-nowrap">{date}</span>
        </span>{" "}
        <span className="sr-only">{t("source.newTab")}</span>
      </a>
    );
  return (
    <>
      <a
        href={source.url}
        target="_blank"
        rel="noopener noreferrer"
        className="break-words text-primary underline underline-offset-2"
      >
        <bdi>{source.title}</bdi> <span className="sr-only">{t("source.newTab")}</span>
      </a>
      <span className="text-muted-foreground">
        {" "}
        · <bdi>{source.publisher}</bdi> ·{" "}
        {/* A date is not broken over two lines; "·" reads the same in every language. */}
        <span className="whitespace-nowrap">{date}</span>
      </span>
    </>
  );
}

/** A record's sources as a list of SourceLink. */
export function SourceLinks({
  sources,
  className,
  ...props
}: React.ComponentProps<"ul"> & { sources: readonly Source[] }) {
  return (
    <ul className={cn("mt-1 space-y-1.5 text-sm", className)} {...props}>
      {sources.map((s, i) => (
        <li key={`${s.url}|${i}`}>
          <SourceLink source={s} />
        </li>
      ))}
    </ul>
  );
}
