import { useTranslation } from "react-i18next";
import { ErrorMessage } from "@/components/ui/error-message";
import { DatasetError, formatProblem } from "@/data/dataset-error";

/** Shows why a view failed; a dataset error lists every problem as file:record:field. */
export function ViewError({ error, view }: { error: unknown; view: string }) {
  const { t } = useTranslation();
  if (error instanceof DatasetError) {
    return (
      <ErrorMessage
        title={t("error.dataset.title", { count: error.problems.length })}
        details={error.problems.map(formatProblem)}
      >
        <p className="mt-3">{t("error.dataset.stillWorks")}</p>
      </ErrorMessage>
    );
  }
  return (
    <ErrorMessage title={t("error.view.title", { view })}>
      <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
      <p className="mt-3">{t("error.view.stillWorks")}</p>
    </ErrorMessage>
  );
}
