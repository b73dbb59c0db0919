import { useTranslation } from "react-i18next";
import { Card } from "@/components/ui/card";
import type { CpecDocument, Meeting } from "@/data/schema";
import { DocumentSummary } from "@/shared/document-summary";
import { meetingName, meetingVenue, meetingDate } from "@/shared/meeting-name";
import { useFormat } from "@/shared/use-format";

export function LatestLists({
  meetings,
  documents,
  source,
  asOf,
}: {
  meetings: readonly (Meeting & { groupName: string | null })[];
  documents: readonly CpecDocument[];
  source: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card className="p-4">
        <h2 className="text-base font-semibold">{t("overview.latestMeetings")}</h2>
        <ol className="mt-2 divide-y divide-border">
          {meetings.map((m) => (
            <li key={m.id} className="py-2 text-sm">
              <p className="font-medium">
                {meetingName(t, m, m.groupName)}
                <span className="font-normal text-muted-foreground">
                  {" "}
                  · {meetingDate(t, m, format)}
                </span>
              </p>
              <p className="text-muted-foreground">{meetingVenue(t, m)}</p>
            </li>
          ))}
        </ol>
        <p className="mt-2 border-t border-border pt-2 text-xs text-muted-foreground">
          {t("chart.source", { source })} · {t("chart.asOf", { date: asOf })}
        </p>
      </Card>
      <Card className="p-4">
        <h2 className="text-base font-semibold">{t("overview.latestDocuments")}</h2>
        <ol className="mt-2 divide-y divide-border">
          {documents.map((d) => (
            <li key={d.id} className="py-2 text-sm">
              <DocumentSummary document={d} />
            </li>
          ))}
        </ol>
        <p className="mt-2 border-t border-border pt-2 text-xs text-muted-foreground">
          {t("chart.source", { source })} · {t("chart.asOf", { date: asOf })}
        </p>
      </Card>
    </div>
  );
}
