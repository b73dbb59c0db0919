import { useTranslation } from "react-i18next";
import type { CpecDocument } from "@/data/schema";
import { formatPartialDate } from "@/lib/format";
import { useFormat } from "./use-format";

/**
 * A document in two lines, as a list shows it: its title, then its date, type and (where it
 * holds more than one) how many instruments.
 */
export function DocumentSummary({
  document: d,
}: {
  document: Pick<CpecDocument, "title" | "date" | "type" | "count">;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p className="font-medium">
        {/* Titles are in the signing language (mostly English): isolated in Urdu text. */}
        <bdi>{d.title}</bdi>
      </p>
      <p className="text-muted-foreground">
        {formatPartialDate(d.date, format)} · {t(`documentType.${d.type}`)}
        {d.count > 1 ? ` · ${t("document.instruments", { count: d.count })}` : ""}
      </p>
    </>
  );
}
