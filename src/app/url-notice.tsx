import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { datasetQueryOptions } from "@/data/queries";
import { useFormat } from "@/shared/use-format";
import type { UrlCorrection } from "./audit-url";
import type { describeCorrection } from "./describe-correction";

const MAX_SHOWN = 8;

/**
 * Says what a hand-edited link asked for that could not be shown as written. The audit is loaded
 * only when the URL has parameters (with the words for what it found), and waits for the data so
 * it can check record ids.
 */
export function UrlNotice({ search: current = window.location.search }: { search?: string }) {
  const { t } = useTranslation();
  // The link as it was opened: views may tidy the URL (drop an unknown id) before the data is in.
  const [search] = useState(current);
  const format = useFormat();
  const dataset = useQuery(datasetQueryOptions);
  const settled = dataset.isSuccess || dataset.isError;
  const [found, setFound] = useState<{
    corrections: UrlCorrection[];
    describe: typeof describeCorrection;
  } | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!settled || search.replace(/^\?/, "") === "") return;
    let live = true;
    void Promise.all([import("./audit-url"), import("./describe-correction")]).then(
      ([{ auditUrl }, { describeCorrection }]) => {
        if (live)
          setFound({
            corrections: auditUrl(search, dataset.data?.dataset),
            describe: describeCorrection,
          });
      },
    );
    return () => {
      live = false;
    };
  }, [search, settled, dataset.data]);

  if (dismissed || !found || found.corrections.length === 0) return null;
  const { corrections, describe } = found;
  const shown = corrections.slice(0, MAX_SHOWN);
  const more = corrections.length - shown.length;
  return (
    <div
      role="status"
      className="no-print mb-4 flex items-start gap-3 rounded-lg border border-border bg-accent p-3 text-sm text-foreground"
    >
      <div className="min-w-0 flex-1">
        <p className="font-medium">{t("urlNotice.title")}</p>
        <ul className="mt-1 list-disc space-y-0.5 ps-5 break-words">
          {shown.map((c, i) => (
            <li key={i}>{describe(c, t, format)}</li>
          ))}
        </ul>
        {more > 0 && <p className="mt-1">{t("urlNotice.more", { count: more })}</p>}
      </div>
      <Button size="sm" onClick={() => setDismissed(true)}>
        {t("app.dismiss")}
      </Button>
    </div>
  );
}
