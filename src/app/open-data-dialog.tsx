import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { loadDataset } from "@/data/fetch-dataset";
import { datasetQueryOptions } from "@/data/queries";
import { checkUserTextOffThread } from "@/data/check-off-thread";
import { saveUserFile } from "@/data/user-dataset";
import {
  readUserFile,
  toMegabytes,
  USER_FILE_MAX_BYTES,
  type UserFileProblem,
} from "@/data/user-file";
import { cn } from "@/lib/cn";
import { formatNumber } from "@/lib/format";
import { useLanguage, useView } from "@/shared/url-state";
import { FileProblem } from "./file-problem";

type DialogState =
  | { status: "idle" }
  /** `done` of `total` records checked, once the check has counted them. */
  | { status: "reading"; name: string; done?: number; total?: number }
  | { status: "failed"; name: string; problem: UserFileProblem }
  /** A projects CSV was opened: the dialog stays to say what was combined and left out. */
  | { status: "opened"; name: string; projects: number; linksLeftOut: number };

/** A link to the Sources view that keeps the rest of the current URL. */
function sourcesHref(): string {
  const params = new URLSearchParams(window.location.search);
  params.set("view", "sources");
  return `?${params.toString()}`;
}

/**
 * A file picker and a drop zone; nothing changes until a file passes every check. A dataset JSON
 * closes the dialog when it is shown; a projects CSV keeps it open with what it replaced.
 */
export function OpenDataDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [, setView] = useView();
  const queryClient = useQueryClient();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const inputId = useId();
  const [state, setState] = useState<DialogState>({ status: "idle" });
  const [dragging, setDragging] = useState(false);
  const result = useRef<HTMLDivElement>(null);

  // On a small screen the outcome is below the drop zone: bring it into view when it arrives.
  useEffect(() => {
    const region = result.current;
    if ((state.status === "failed" || state.status === "opened") && region?.scrollIntoView)
      region.scrollIntoView({ block: "nearest" });
  }, [state.status]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    // Environments without modal dialogs (jsdom) get a plain open dialog.
    if (typeof dialog.showModal === "function") dialog.showModal();
    else {
      dialog.setAttribute("open", "");
      dialog.querySelector("input")?.focus();
    }
  }, []);

  const accept = async (file: File | undefined) => {
    if (!file) return;
    setState({ status: "reading", name: file.name });
    // A projects CSV is completed by the bundled data: the cache holds it unless a file is shown.
    const loadBundled = () => {
      const shown = queryClient.getQueryData(datasetQueryOptions.queryKey);
      return shown && shown.source.kind !== "user" ? Promise.resolve(shown.dataset) : loadDataset();
    };
    // Checked in a worker: a large broken file never freezes the page, and says how far it got.
    const result = await readUserFile(
      file,
      loadBundled,
      (name, text, options) =>
        checkUserTextOffThread(name, text, { loadBundled, onProgress: options?.onProgress }),
      (done, total) => setState({ status: "reading", name: file.name, done, total }),
    );
    if (!result.ok) {
      setState({ status: "failed", name: result.name, problem: result.problem });
      return;
    }
    let temporary = false;
    try {
      await saveUserFile(result.name, result.text, result.format);
    } catch {
      temporary = true;
    }
    queryClient.setQueryData(datasetQueryOptions.queryKey, {
      dataset: result.dataset,
      source: {
        kind: "user",
        name: result.name,
        format: result.format,
        ...(temporary && { temporary }),
      },
    });
    if (result.format === "csv") {
      setState({
        status: "opened",
        name: result.name,
        projects: result.dataset.projects.length,
        linksLeftOut: result.linksLeftOut,
      });
    } else {
      onClose();
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void accept(event.dataTransfer.files[0]);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // A native modal dialog closes itself on Escape (its close event calls onClose).
    if (event.key === "Escape" && typeof ref.current?.showModal !== "function") onClose();
  };

  const limit = formatNumber(toMegabytes(USER_FILE_MAX_BYTES), lang);

  return (
    // The dialog is the drop target too, so a file dropped anywhere on it is taken.
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-border bg-card p-5 text-sm text-foreground shadow-xl backdrop:bg-black/40"
    >
      <h2 id={titleId} className="text-base font-semibold">
        {t("openData.title")}
      </h2>
      <p className="mt-2 text-muted-foreground">{t("openData.intro")}</p>
      <ul className="mt-2 list-disc space-y-1 ps-5 text-muted-foreground">
        <li>{t("openData.limit", { limit })}</li>
        <li>
          {t("openData.csv")}{" "}
          <a
            href={sourcesHref()}
            className="font-medium text-foreground underline underline-offset-2"
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              void setView("sources");
              onClose();
            }}
          >
            {t("openData.csvColumns")}
          </a>
        </li>
        <li>{t("openData.private")}</li>
      </ul>
      <div
        className={cn(
          "mt-4 flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center",
          dragging ? "border-primary bg-accent" : "border-border",
        )}
      >
        <label htmlFor={inputId} className="font-medium">
          {t("openData.choose")}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json,.csv,text/csv"
          className="max-w-full text-sm file:me-3 file:h-9 file:rounded-md file:border file:border-border file:bg-card file:px-3 file:text-foreground"
          onChange={(e) => {
            void accept(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <p className="text-muted-foreground">{t("openData.drop")}</p>
      </div>
      <div ref={result} className="mt-4 min-h-6 scroll-mt-4" aria-live="polite">
        {state.status === "reading" && (
          <p>
            {state.total === undefined || state.done === undefined
              ? t("openData.reading", { name: state.name })
              : t("openData.progress", {
                  name: state.name,
                  done: formatNumber(state.done, lang),
                  total: formatNumber(state.total, lang),
                })}
          </p>
        )}
        {state.status === "failed" && (
          <FileProblem name={state.name} problem={state.problem} limit={limit} />
        )}
        {state.status === "opened" && (
          <div
            role="status"
            className="rounded-md border border-border bg-accent p-4 text-sm text-foreground"
          >
            <p className="font-semibold">
              {t("openData.csvOpened", { name: state.name, count: state.projects })}
            </p>
            {state.linksLeftOut > 0 && (
              <p className="mt-2">{t("openData.linksLeftOut", { count: state.linksLeftOut })}</p>
            )}
          </div>
        )}
      </div>
      <div className="mt-4 flex justify-end">
        <Button onClick={onClose}>{t("openData.cancel")}</Button>
      </div>
    </dialog>
  );
}
