import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAllPageFigures } from "@/components/charts/figure-registry-context";
import { useFigureDemand } from "@/components/charts/figure-demand";
import { loadExportLib, useComposeWords } from "@/components/charts/use-figure-export";
import { Button } from "@/components/ui/button";
import { useQuery } from "@tanstack/react-query";
import { datasetQueryOptions, ofDataset } from "@/data/queries";
import type { Dataset } from "@/data/schema";
import { downloadBlob } from "@/lib/download";
import { figureFileName } from "@/lib/export/file-name";
import { useView } from "@/shared/url-state";

const selectMeta = (d: Dataset) => d.metadata;
const selectMetaLoaded = ofDataset(selectMeta);

/**
 * "Slides (.pptx)": the view's figures as a PowerPoint deck, in page order — a title slide (the
 * view, filters, data-as-of, version, link), one slide per figure (native charts where the figure
 * has numbers to edit), a closing slide with every source and the licence. Built in the browser.
 */
export function DeckButton() {
  const { t } = useTranslation();
  const descriptionId = useId();
  const [view] = useView();
  // Not a suspending read: the button sits in the header, which never waits for the data.
  const meta = useQuery({ ...datasetQueryOptions, select: selectMetaLoaded }).data;
  const allFigures = useAllPageFigures();
  const words = useComposeWords();
  const demand = useFigureDemand();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const make = async () => {
    demand.requestAll();
    setState({ busy: true, error: null });
    try {
      // Every figure of the view, also those the click came before (below the first screen,
      // or a first screen the app was still taking over).
      const figures = await allFigures();
      const first = figures[0];
      if (!first || !meta) throw new Error(t("present.none"));
      const lib = await loadExportLib();
      const viewName = t(`nav.${view}`);
      const blob = await lib.figuresToPptx({
        figures,
        t,
        words,
        deck: {
          title: {
            dashboard: t("app.name"),
            view: viewName,
            filters: first.filters,
            asOf: meta.dataAsOf,
            datasetVersion: meta.version,
            link: first.link,
          },
          licence: {
            text: `${meta.licence.data} · ${meta.licence.boundaries.name}: ${meta.licence.boundaries.attribution}`,
            url: meta.licence.boundaries.url,
          },
        },
      });
      downloadBlob(
        blob,
        figureFileName(`${t("app.name")} ${viewName}`, { date: new Date(), format: "pptx" }),
      );
      setState({ busy: false, error: null });
    } catch (e) {
      setState({ busy: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <>
      <Button
        size="sm"
        // Named by what it shows (WCAG 2.5.3), described by what it makes.
        aria-describedby={descriptionId}
        onPointerEnter={() => void loadExportLib()}
        onClick={() => void make()}
        disabled={state.busy}
      >
        {state.busy ? t("present.deckBusy") : t("present.deck")}
      </Button>
      <span id={descriptionId} hidden>
        {t("present.deckLabel")}
      </span>
      {state.error && (
        <p role="alert" className="text-xs text-danger">
          {t("present.deckFailed", { reason: state.error })}
        </p>
      )}
    </>
  );
}
