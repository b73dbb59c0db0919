import { useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { loadBundledDataset } from "@/data/fetch-dataset";
import { datasetQueryOptions, selectDatasetSource } from "@/data/queries";
import { clearUserFile, type DatasetSource } from "@/data/user-dataset";
import { ProblemList } from "./problem-list";

const BUNDLED: DatasetSource = { kind: "bundled" };

// The dialog's code comes when it is first opened, not with every page.
const OpenDataDialog = lazy(() =>
  import("./open-data-dialog").then((m) => ({ default: m.OpenDataDialog })),
);

/** Where the data shown comes from: part of the dataset query's result (bundled while it loads). */
function useDatasetSource(): DatasetSource {
  return useQuery({ ...datasetQueryOptions, select: selectDatasetSource }).data ?? BUNDLED;
}

/**
 * The header's data controls: which data is shown (the bundled dataset or the user's file), the
 * way back to the bundled data, and the "Open data file" button with its dialog. The header places
 * the two parts apart (the button folds into the settings on a phone; what is shown never does).
 */
export function OpenDataControls() {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <OpenDataStatus />
      <OpenDataButton />
    </div>
  );
}

/** Which data is shown when it is not the bundled dataset, and the way back to it. */
export function OpenDataStatus({ className }: { className?: string }) {
  const { t } = useTranslation();
  const source = useDatasetSource();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);

  const returnToBundled = async () => {
    setReturning(true);
    await clearUserFile();
    try {
      const { dataset, buildChecked } = await loadBundledDataset();
      queryClient.setQueryData(datasetQueryOptions.queryKey, {
        dataset,
        source: { kind: "bundled", buildChecked },
      });
    } catch {
      // The bundled file failed to load: let the query show its located error.
      await queryClient.resetQueries({ queryKey: datasetQueryOptions.queryKey });
    } finally {
      setReturning(false);
    }
  };

  const showing =
    source.kind === "user"
      ? t(
          source.format === "csv"
            ? source.temporary
              ? "openData.showingCsvTemporary"
              : "openData.showingCsv"
            : source.temporary
              ? "openData.showingTemporary"
              : "openData.showing",
          { name: source.name },
        )
      : null;

  return (
    // Always displayed (empty, it takes no room), so that screen readers announce what appears.
    <div
      className={cn("flex min-w-0 flex-wrap items-center gap-2 text-sm", className)}
      aria-live="polite"
    >
      {showing && (
        <>
          {/* Cut to one line in the header; the title gives the whole of it. */}
          <p
            title={showing}
            className="max-w-xs min-w-0 truncate rounded-md bg-accent px-2 py-1 font-medium text-foreground"
          >
            {showing}
          </p>
          <Button size="sm" onClick={() => void returnToBundled()} disabled={returning}>
            {t("openData.return")}
          </Button>
        </>
      )}
      {source.kind === "stored-invalid" && <StoredInvalid source={source} />}
    </div>
  );
}

/** "Open data file" and its dialog; closing the dialog gives the focus back to the button. */
export function OpenDataButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // The focus goes back once the dialog has left the page: while a modal dialog is open the
  // browser keeps focus inside it (Escape left the focus on the page's body).
  useEffect(() => {
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    opener.current?.focus();
  }, [open]);
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  return (
    <>
      <Button ref={opener} size="sm" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t("openData.open")}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <OpenDataDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}

/**
 * A saved file that no longer passes the checks: its problems are listed, and it stays saved until
 * the reader sets it aside (to fix it and open it again).
 */
function StoredInvalid({ source }: { source: Extract<DatasetSource, { kind: "stored-invalid" }> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const setAside = async () => {
    await clearUserFile();
    // The bundled data is what is shown already; only the notice goes.
    queryClient.setQueryData(
      datasetQueryOptions.queryKey,
      (loaded) => loaded && { ...loaded, source: BUNDLED },
    );
  };
  return (
    <div role="status" className="max-w-xl text-xs text-foreground">
      <p>{t("openData.storedInvalid", { name: source.name, count: source.problems.length })}</p>
      <details className="mt-1">
        <summary className="cursor-pointer font-medium">{t("openData.showProblems")}</summary>
        <ProblemList name={source.name} problems={source.problems} />
      </details>
      <Button size="sm" className="mt-1" onClick={() => void setAside()}>
        {t("openData.setAside")}
      </Button>
    </div>
  );
}
