import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { useOfflineReady } from "./offline-status";

/** A small, dismissible notice that the dashboard now works without a network. */
export function OfflineNotice() {
  const { t } = useTranslation();
  const ready = useOfflineReady();
  const [dismissed, setDismissed] = useState(false);
  // It says its piece and goes: on a phone it would otherwise cover the page.
  useEffect(() => {
    if (!ready) return;
    const timer = window.setTimeout(() => setDismissed(true), 8000);
    return () => window.clearTimeout(timer);
  }, [ready]);
  if (!ready || dismissed) return null;
  return (
    <div
      role="status"
      className="no-print fixed end-4 bottom-4 z-40 flex max-w-sm items-center gap-3 rounded-lg border border-border bg-card p-3 text-sm shadow-lg"
    >
      <p>{t("app.offlineReady")}</p>
      <Button size="sm" onClick={() => setDismissed(true)}>
        {t("app.dismiss")}
      </Button>
    </div>
  );
}
