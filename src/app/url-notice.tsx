import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { datasetQueryOptions } from "@/data/queries";
import { formatNumber, formatYear } from "@/lib/format";
import { YEAR_MAX, YEAR_MIN } from "@/shared/url-state";
import type { UrlCorrection } from "./audit-url";
import { useFormat, type Format } from "@/shared/use-format";

const MAX_SHOWN = 8;

/** A value from the URL as the notice quotes it: bounded, control characters made visible. */
function quote(value: string, max = 40): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, "\uFFFD");
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

function describeCorrection(c: UrlCorrection, t: TFunction, format: Format): string {
  const label = (param: string) => t(`urlNotice.param.${param}`, { defaultValue: quote(param) });
  const years = { min: formatYear(YEAR_MIN, format), max: formatYear(YEAR_MAX, format) };
  switch (c.kind) {
    case "unknown-param":
      return t("urlNotice.unknownParam", { param: quote(c.param) });
    case "repeated":
      return t("urlNotice.repeated", {
        param: quote(c.param),
        count: c.count,
        used: quote(c.used),
      });
    case "not-a-choice":
      return t(`urlNotice.choice.${c.param}`, {
        value: quote(c.value),
        defaultValue: t("urlNotice.choice.other", { value: quote(c.value), param: c.param }),
      });
    case "bad-year":
      return t(c.param.startsWith("t") ? "urlNotice.badYearOrMonth" : "urlNotice.badYear", {
        label: label(c.param),
        value: quote(c.value),
        ...years,
      });
    case "bad-number":
      return t("urlNotice.badNumber", {
        label: label(c.param),
        value: quote(c.value),
        min: formatNumber(c.min, format),
        max: formatNumber(c.max, format),
      });
    case "years-reversed":
      return t("urlNotice.yearsReversed", {
        from: formatYear(c.from, format),
        to: formatYear(c.to, format),
      });
    case "text-cut":
      return t("urlNotice.textCut", {
        label: label(c.param),
        max: formatNumber(c.max, format),
        length: formatNumber(c.length, format),
      });
    case "bad-id":
      return t("urlNotice.badId", { label: label(c.param), value: quote(c.value) });
    case "unknown-id":
      return t(`urlNotice.unknownId.${c.param}`, { value: quote(c.value) });
  }
}

/**
 * Says what a hand-edited link asked for that could not be shown as written. The audit is loaded
 * only when the URL has parameters, and waits for the data so it can check record ids.
 */
export function UrlNotice({ search: current = window.location.search }: { search?: string }) {
  const { t } = useTranslation();
  // The link as it was opened: views may tidy the URL (drop an unknown id) before the data is in.
  const [search] = useState(current);
  const format = useFormat();
  const dataset = useQuery(datasetQueryOptions);
  const settled = dataset.isSuccess || dataset.isError;
  const [corrections, setCorrections] = useState<UrlCorrection[]>([]);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!settled || search.replace(/^\?/, "") === "") return;
    let live = true;
    void import("./audit-url").then(({ auditUrl }) => {
      if (live) setCorrections(auditUrl(search, dataset.data));
    });
    return () => {
      live = false;
    };
  }, [search, settled, dataset.data]);

  if (dismissed || corrections.length === 0) return null;
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
            <li key={i}>{describeCorrection(c, t, format)}</li>
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
