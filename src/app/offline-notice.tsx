import { useTranslation } from "react-i18next";
import { useOfflineReady } from "./offline-status";

/**
 * Says, beside the dataset's version in the header, that the dashboard now works without a
 * network. It sits in the header's live line, so screen readers hear it once when it appears, and
 * it stays where a reader can check it rather than passing as a toast over the page.
 */
export function OfflineNotice() {
  const { t } = useTranslation();
  const ready = useOfflineReady();
  if (!ready) return null;
  return (
    <span data-offline-ready="">
      {" · "}
      <span aria-hidden="true">{t("app.offlineReadyShort")}</span>
      <span className="sr-only">{t("app.offlineReady")}</span>
    </span>
  );
}
