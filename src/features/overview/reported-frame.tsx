import { useQueryState } from "nuqs";
import { useTranslation } from "react-i18next";
import type { Filters } from "@/data/filters";
import { ChartFrame } from "@/components/charts/chart-frame";
import { LaterPoints } from "./later-charts";
import { REPORTED_METRICS } from "@/data/selectors/aggregates";
import { buildReportedFigure } from "@/lib/figure/build/overview-time";
import { cn } from "@/lib/cn";
import { useFigure } from "@/shared/use-figure";
import { URL_PARAMS } from "@/lib/url-params";

const metricParser = URL_PARAMS.reported.parser;

/** Headline figures as officials and the press reported them, each point with who said it. */
export function ReportedFrame({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const [metric, setMetric] = useQueryState(
    "reported",
    metricParser.withOptions({ history: "replace" }),
  );
  const figure = useFigure(buildReportedFigure, filters, metric);
  return (
    <ChartFrame
      figure={figure}
      actions={
        <div
          role="radiogroup"
          aria-label={t("overview.reported.metric")}
          className="flex flex-wrap gap-1"
        >
          {REPORTED_METRICS.map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={metric === m}
              onClick={() => void setMetric(m)}
              className={cn(
                "rounded-full border border-border px-3 py-1 text-xs font-medium",
                metric === m ? "bg-primary text-primary-foreground" : "bg-card hover:bg-muted",
              )}
            >
              {t(`overview.reported.metricName.${m}`)}
            </button>
          ))}
        </div>
      }
    >
      <LaterPoints figure={figure} />
    </ChartFrame>
  );
}
