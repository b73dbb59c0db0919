import type { MouseEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "@/components/ui/card";
import type { DatasetMetadata } from "@/data/schema";
import type { ReportedPoint } from "@/data/selectors/aggregates";
import type { OverviewData } from "@/data/selectors/overview";
import type { StageCost } from "@/data/selectors/projects";
import { formatNumber, formatPartialDate, formatUnit, formatUsdMillions } from "@/lib/format";
import { useView } from "@/shared/url-state";
import { useFormat } from "@/shared/use-format";

/** Where the Sources view's reconciliation table is (features/sources/reconciliation.tsx). */
const RECONCILIATION_HASH = "reconciliation";

interface HeadlineCard {
  key: string;
  label: string;
  value: string;
  note: string;
  /** Which filters the card follows, when not all of them. */
  follows?: string;
  source: ReactNode;
  /** Links to the reconciliation table, for cards the official record also counts. */
  reconcile?: boolean;
}

/** "Compare with the official record": opens Sources at the reconciliation table. */
function ReconciliationLink() {
  const { t } = useTranslation();
  const [, setView] = useView();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void setView("sources").then(() => {
      window.location.hash = RECONCILIATION_HASH;
    });
  };
  return (
    <a href={`?view=sources#${RECONCILIATION_HASH}`} onClick={onClick} className="underline">
      {t("overview.kpi.reconcile")}
    </a>
  );
}

/**
 * The Overview's headline figures. Each counts one scope: costs are split by stage (never planned
 * and built together), the direct-investment card quotes the latest official statement with its
 * own scope, and a card that follows only the year filter says so.
 */
export function HeadlineCards({
  data,
  meta,
  official,
}: {
  data: OverviewData;
  meta: DatasetMetadata;
  official: ReportedPoint | null;
}) {
  const { t } = useTranslation();
  const language = useFormat();
  const h = data.headline;
  const asOf = formatPartialDate(meta.dataAsOf, language);
  const computed = t("overview.kpi.computedSource");
  const n = (v: number) => formatNumber(v, language);
  const c = data.projectCount;
  const countNote =
    c.withinOthers + c.preCpec > 0
      ? t("overview.kpi.countedOnce", { within: n(c.withinOthers), preCpec: n(c.preCpec) })
      : "";

  // "Not reported" is never written as US$0: a stage none of whose projects has a cost says so.
  const stageCard = (key: keyof typeof h.costByStage, s: StageCost): HeadlineCard => ({
    key: `cost-${key}`,
    label: t(`overview.kpi.cost.${key}`),
    value:
      s.projectsWithCost === 0
        ? t("overview.kpi.notReported")
        : formatUsdMillions(s.usdMillions, language),
    note: t("overview.kpi.costNote", { withCost: n(s.projectsWithCost), projects: n(s.projects) }),
    source: computed,
    reconcile: key === "completed" || key === "underWay",
  });

  const cards: HeadlineCard[] = [
    {
      key: "official-investment",
      label: t("overview.kpi.officialInvestment"),
      value: official
        ? formatUsdMillions(official.value * 1000, language)
        : t("overview.kpi.notReported"),
      note: official ? official.scope : t("overview.kpi.noReport"),
      follows: t("overview.kpi.followsNone"),
      source: official ? (
        <a href={official.url} target="_blank" rel="noreferrer noopener" className="underline">
          {t("overview.kpi.reportedSource", {
            publisher: official.publisher,
            date: formatPartialDate(official.date, language),
          })}
        </a>
      ) : null,
    },
    stageCard("completed", h.costByStage.completed),
    stageCard("underWay", h.costByStage.underWay),
    stageCard("planned", h.costByStage.planned),
    {
      key: "operating",
      label: t("overview.kpi.operating"),
      value: n(h.operating),
      note: [
        t("overview.kpi.operatingOf", { projects: n(h.projects) }),
        countNote,
        data.pastPlannedCompletion > 0
          ? t("overview.kpi.pastPlanned", { count: data.pastPlannedCompletion })
          : "",
      ]
        .filter(Boolean)
        .join(" "),
      source: computed,
      reconcile: true,
    },
    {
      key: "mw",
      label: t("overview.kpi.mw"),
      value: formatUnit(h.operatingMw, "MW", language),
      note: t("overview.kpi.mwNote", { count: h.operatingMwProjects }),
      source: computed,
    },
    {
      key: "km",
      label: t("overview.kpi.km"),
      value: formatUnit(h.operatingRoadKm + h.operatingRailKm, "km", language),
      note: t("overview.kpi.kmNote", {
        road: n(h.operatingRoadKm),
        rail: n(h.operatingRailKm),
      }),
      source: computed,
    },
    {
      key: "documents",
      label: t("overview.kpi.documents"),
      value: n(data.documents.instruments),
      note: t("overview.kpi.documentsNote", { records: n(data.documents.records) }),
      follows: t("overview.kpi.followsYears"),
      source: computed,
    },
    {
      key: "meetings",
      label: t("overview.kpi.meetings"),
      value: t("overview.kpi.sessions", {
        count: data.meetings.jcc,
        sessions: n(data.meetings.jcc),
        dated: n(data.meetings.jccDated),
      }),
      note: t("overview.kpi.meetingsNote", { jwg: n(data.meetings.jwg) }),
      follows: t("overview.kpi.followsYears"),
      source: computed,
    },
  ];

  // Nine cards fill their grid with no hole: 3 × 3 from md, and from xl (1280 px) 5 × 2 with the
  // reported total across two columns, as it is on a phone (2 × 5).
  return (
    <ul
      aria-label={t("overview.kpi.label")}
      className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5"
    >
      {cards.map((card) => (
        <li
          key={card.key}
          className={
            card.key === "official-investment"
              ? "col-span-2 md:col-span-1 xl:col-span-2"
              : undefined
          }
        >
          <Card className="flex h-full flex-col p-3">
            <p className="text-xs font-medium text-muted-foreground">{card.label}</p>
            <p className="mt-1 text-xl font-bold tabular-nums sm:text-2xl">{card.value}</p>
            <p className="mt-1 text-xs text-muted-foreground">{card.note}</p>
            {card.follows ? (
              <p className="mt-1 text-xs text-muted-foreground italic">{card.follows}</p>
            ) : null}
            <p className="mt-auto pt-2 text-[11px] text-muted-foreground">
              {card.source}
              {card.key === "official-investment"
                ? null
                : ` · ${t("overview.kpi.asOf", { date: asOf })}`}
              {card.reconcile ? (
                <>
                  {" · "}
                  <ReconciliationLink />
                </>
              ) : null}
            </p>
          </Card>
        </li>
      ))}
    </ul>
  );
}
