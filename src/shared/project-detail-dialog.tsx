import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { useDataset } from "@/data/queries";
import { selectProjectDetail } from "@/data/selectors/project-detail";
import { projectName, projectNameLang } from "./project-name";
import { useFormat } from "./use-format";
import { ProjectDetailBody } from "./project-detail-body";

/** A project's detail as a modal dialog (loaded when a project is first opened). */
export function DetailDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { lang } = format;
  const detail = useDataset((d) => selectProjectDetail(d, id));
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === "function" && !dialog.open) dialog.showModal();
    else dialog.setAttribute("open", "");
    return () => opener?.focus?.();
  }, []);

  const heading = detail ? (
    <bdi lang={projectNameLang(detail.project, lang)}>{projectName(detail.project, lang)}</bdi>
  ) : (
    t("detail.notFound.title")
  );
  return (
    <dialog
      ref={ref}
      aria-labelledby="project-detail-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) onClose();
      }}
      className="fixed inset-y-0 start-auto end-0 m-0 h-dvh max-h-none w-full max-w-2xl overflow-y-auto border-s border-border bg-card p-0 text-card-foreground shadow-2xl backdrop:bg-black/40"
    >
      <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-border bg-card p-4">
        <div>
          <p className="text-xs font-medium text-muted-foreground uppercase">
            {t("detail.kicker")}
          </p>
          <h2 id="project-detail-title" className="text-lg font-bold text-balance">
            {heading}
          </h2>
          {detail && projectName(detail.project, lang) !== detail.project.name && (
            <p className="text-sm text-muted-foreground">
              <bdi lang="en">{detail.project.name}</bdi>
            </p>
          )}
        </div>
        <Button onClick={onClose} aria-label={t("detail.close")}>
          {t("detail.closeShort")}
        </Button>
      </div>
      {detail === null ? (
        <p className="p-4 text-sm">{t("detail.notFound.body", { id })}</p>
      ) : (
        <ProjectDetailBody detail={detail} />
      )}
    </dialog>
  );
}
