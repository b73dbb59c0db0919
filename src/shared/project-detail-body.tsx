import { useTranslation } from "react-i18next";
import { ProjectStatus } from "./project-status";
import type { SourceField } from "@/data/schema";
import type { selectProjectDetail } from "@/data/selectors/project-detail";
import { sourcesSupporting } from "@/data/selectors/projects";
import {
  formatAmount,
  formatNumber,
  formatPartialDate,
  formatUnit,
  formatUsdMillions,
} from "@/lib/format";
import { meetingName } from "./meeting-name";
import { ProjectDetailConflicts } from "./project-detail-conflicts";
import { Field, LocationText } from "./project-detail-field";
import { SourceLinks } from "./source-links";
import { useFormat } from "./use-format";

/** What the dataset says about one project: its fields, sources, conflicts and documents. */
export function ProjectDetailBody({
  detail,
}: {
  detail: NonNullable<ReturnType<typeof selectProjectDetail>>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { project: p, documents, delayMonths } = detail;
  // Names of companies and banks are data, in English: each isolated in an Urdu sentence.
  const names = (list: readonly string[]) =>
    list.map((name, i) => (
      <span key={`${i}-${name}`}>
        {i > 0 && "; "}
        <bdi>{name}</bdi>
      </span>
    ));
  const date = (d: string | null) => (d ? formatPartialDate(d, format) : t("projects.notReported"));
  // The sources beside a field with a value; a field not reported has none to show.
  const cited = (field: SourceField, reported: boolean) =>
    reported ? sourcesSupporting(p, field) : undefined;
  return (
    <div className="space-y-5 p-4">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <ProjectStatus
          status={p.status}
          className="rounded-full border border-border px-2.5 py-0.5 font-medium"
        />
        <span>{t(`sector.${p.sector}`)}</span>
        <span aria-hidden="true">·</span>
        <span>{t(`subtype.${p.subtype}`)}</span>
        <span aria-hidden="true">·</span>
        <span>{t("detail.confidence", { level: t(`confidence.${p.confidence}`) })}</span>
      </p>
      <dl className="divide-y divide-border">
        <Field label={t("detail.field.status")} sources={cited("status", true)}>
          {t(`status.${p.status}`)}
        </Field>
        <Field label={t("detail.field.provinces")} sources={cited("location", true)}>
          {p.provinces.map((x) => t(`province.${x}`)).join(t("app.listSeparator"))}
        </Field>
        <Field label={t("detail.field.location")} sources={cited("location", true)}>
          <LocationText location={p.location} />
        </Field>
        <Field label={t("detail.field.capacity")} sources={cited("capacity", p.capacity !== null)}>
          {p.capacity ? (
            <>
              {formatUnit(p.capacity.value, p.capacity.unit, format)}
              {p.capacity.note && (
                <>
                  {" ("}
                  <bdi>{p.capacity.note}</bdi>)
                </>
              )}
            </>
          ) : (
            t("projects.notReported")
          )}
        </Field>
        <Field label={t("detail.field.cost")} sources={cited("cost", p.cost !== null)}>
          {p.cost ? (
            <>
              {formatUsdMillions(p.cost.usdMillions, format)}{" "}
              <span className="text-muted-foreground">
                ({t(`detail.costStage.${p.cost.stage}`)}
                {p.cost.asOf ? `, ${formatPartialDate(p.cost.asOf, format)}` : ""})
              </span>
              {p.cost.original && (
                <span className="block text-muted-foreground">
                  {t("detail.original", {
                    amount: formatAmount(p.cost.original.amount, p.cost.original.currency, format),
                    rate: formatNumber(p.cost.original.ratePerUsd, format, 2),
                    basis: p.cost.original.rateBasis,
                  })}
                </span>
              )}
            </>
          ) : (
            t("projects.notReported")
          )}
        </Field>
        <Field label={t("detail.field.start")} sources={cited("dates", p.dates.start !== null)}>
          {date(p.dates.start)}
        </Field>
        <Field
          label={t("detail.field.plannedCompletion")}
          sources={cited("dates", p.dates.plannedCompletion !== null)}
        >
          {date(p.dates.plannedCompletion)}
        </Field>
        <Field
          label={t("detail.field.completion")}
          sources={cited("dates", p.dates.completion !== null)}
        >
          {date(p.dates.completion)}
          {delayMonths !== null && delayMonths !== 0 && (
            <span className="block text-muted-foreground">
              {delayMonths > 0
                ? t("detail.late", { count: delayMonths })
                : t("detail.early", { count: -delayMonths })}
            </span>
          )}
        </Field>
        <Field label={t("detail.field.sponsors")}>
          {p.sponsors.length ? names(p.sponsors) : t("projects.notReported")}
        </Field>
        <Field label={t("detail.field.financiers")}>
          {p.financiers.length ? names(p.financiers) : t("projects.notReported")}
        </Field>
        <Field label={t("detail.field.counted")}>
          {p.countInAggregates ? t("detail.counted.yes") : t("detail.counted.no")}
        </Field>
        <Field label={t("detail.field.lastVerified")}>
          {formatPartialDate(p.lastVerified, format)}
        </Field>
        {p.notes && (
          <Field label={t("detail.field.notes")}>
            <p dir="auto">{p.notes}</p>
          </Field>
        )}
      </dl>

      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources" className="mb-1 font-semibold">
          {t("detail.sources", { count: p.sources.length })}
        </h3>
        <SourceLinks sources={p.sources} className="mt-0 list-disc space-y-1 ps-5" />
      </section>

      {p.conflicts.length > 0 && <ProjectDetailConflicts project={p} />}

      <section aria-labelledby="detail-documents">
        <h3 id="detail-documents" className="mb-1 font-semibold">
          {t("detail.documents")}
        </h3>
        {documents.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("detail.noDocuments")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {documents.map(({ document: d, meeting }) => (
              <li key={d.id}>
                <p className="font-medium">
                  <bdi>{d.title}</bdi>
                </p>
                <p className="text-muted-foreground">
                  {formatPartialDate(d.date, format)} · {t(`documentType.${d.type}`)}
                  {meeting ? ` · ${meetingName(t, meeting, null)}` : null}
                  {!meeting && d.occasion ? (
                    <>
                      {" · "}
                      <bdi>{d.occasion}</bdi>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
