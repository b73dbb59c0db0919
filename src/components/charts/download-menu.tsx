import { useCallback, useEffect, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { usePopover } from "@/components/ui/use-popover";
import { cn } from "@/lib/cn";
import { csvBlob } from "@/lib/csv";
import { downloadBlob } from "@/lib/download";
import { figureFileName, type FigureFormat } from "@/lib/export/file-name";
import { altText } from "@/lib/figure/alt-text";
import type { Figure } from "@/lib/figure/figure";
import { figureCsv } from "@/lib/figure/figure-csv";
import { FIGURE_TARGETS, targetSizeText } from "@/lib/figure/svg/targets";
import { formatNumber } from "@/lib/format";
import { ChoiceGroup } from "./choice-group";
import { figureEmbedCode } from "./embed-snippet";
import {
  BACKGROUNDS,
  loadExportLib,
  SCALES,
  useFigureExport,
  type ExportChoice,
} from "./use-figure-export";

type Message = { kind: "status" | "alert"; text: string } | null;

/**
 * The download menu of a figure, every file drawn from the figure's value: PNG at 1–3× and SVG
 * for a slide, a square, an A4 page or as on screen; the figure's data as CSV; copying the image,
 * the alt text or the link. Preparation starts when the menu opens, so a click downloads at once.
 */
export function DownloadMenu({
  frameRef,
  figure,
}: {
  frameRef: RefObject<HTMLElement | null>;
  figure: Figure;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ExportChoice>({
    target: "slide-16x9",
    scale: 1,
    background: "light",
  });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [pageCount, setPageCount] = useState(1);
  // The choice whose files are ready (the bench and tests wait for it; a click then downloads at once).
  const [readyFor, setReadyFor] = useState<ExportChoice | null>(null);
  // The frame's width when the menu opened: "as on screen" is drawn at it.
  const [screenWidth, setScreenWidth] = useState(960);
  const { open, triggerProps, panelProps } = usePopover({
    onOpenChange: (opening) => {
      setMessage(null);
      if (opening)
        setScreenWidth(Math.round(frameRef.current?.getBoundingClientRect().width || 960));
    },
  });
  const files = useFigureExport(figure, screenWidth);

  const fail = useCallback(
    (error: unknown, quiet = false) => {
      const reason = error instanceof Error ? error.message : String(error);
      const alert = {
        kind: "alert" as const,
        text: t("export.failed", { title: figure.title, reason }),
      };
      // A failure of the preparation in the background does not replace what an action said.
      setMessage((current) => (quiet && current ? current : alert));
    },
    [t, figure.title],
  );

  // Start preparing as soon as the menu opens or a choice changes.
  useEffect(() => {
    if (!open) return;
    let live = true;
    files
      .png(choice)
      .then((list) => {
        if (!live) return;
        setPageCount(list.length);
        setReadyFor(choice);
      })
      .catch((e: unknown) => live && fail(e, true));
    return () => {
      live = false;
    };
  }, [open, choice, files, fail]);

  /** Runs an action, showing progress after 300 ms and any failure as an alert. */
  const act = async (work: () => Promise<string | void>) => {
    setMessage(null);
    const timer = setTimeout(() => setBusy(true), 300);
    try {
      const done = await work();
      if (done) setMessage({ kind: "status", text: done });
    } catch (e) {
      fail(e);
    } finally {
      clearTimeout(timer);
      setBusy(false);
    }
  };

  const fileName = (format: FigureFormat, page?: number, scale?: number) =>
    figureFileName(page === undefined ? figure.title : `${figure.title} ${page}`, {
      date: new Date(),
      format,
      scale,
      preset: choice.target === "screen" ? undefined : choice.target,
    });
  const many = (i: number, n: number) => (n > 1 ? i + 1 : undefined);

  const downloadPng = () =>
    act(async () => {
      const list = await files.png(choice);
      list.forEach((blob, i) =>
        downloadBlob(blob, fileName("png", many(i, list.length), choice.scale)),
      );
    });
  const downloadSvg = () =>
    act(async () => {
      const list = await files.pages(choice);
      list.forEach((p, i) =>
        downloadBlob(
          new Blob([p.svg], { type: "image/svg+xml;charset=utf-8" }),
          fileName("svg", many(i, list.length)),
        ),
      );
    });
  const downloadCsv = () =>
    act(async () => {
      downloadBlob(csvBlob(figureCsv(figure, t, figure.format)), fileName("csv"));
    });
  const downloadPptx = () =>
    act(async () => {
      const lib = await loadExportLib();
      const blob = await lib.figuresToPptx({ figures: [figure], t, words: files.words });
      downloadBlob(blob, fileName("pptx"));
    });
  const clipboard = () => {
    if (!navigator.clipboard) throw new Error(t("export.clipboardUnavailable"));
    return navigator.clipboard;
  };
  const copyImage = () =>
    act(async () => {
      const cb = clipboard();
      if (typeof ClipboardItem === "undefined") throw new Error(t("export.clipboardUnavailable"));
      // The promise goes into the ClipboardItem so the click's permission to write is kept.
      const first = files.png(choice).then((list) => list[0]!);
      await cb.write([new ClipboardItem({ "image/png": first })]);
      return t("export.copied.image");
    });
  const copyAlt = () =>
    act(async () => {
      await clipboard().writeText(altText(figure, t, figure.format));
      return t("export.copied.alt");
    });
  const copyLink = () =>
    act(async () => {
      await clipboard().writeText(figure.link);
      return t("export.copied.link");
    });
  const copyEmbed = () =>
    act(async () => {
      const linkText = t("embed.snippetLink", { title: figure.title });
      await clipboard().writeText(figureEmbedCode(figure, linkText));
      return t("embed.copied");
    });

  const choose = (patch: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const size = (target: ExportChoice["target"], scale = 1) =>
    target === "screen"
      ? `${formatNumber(Math.round(screenWidth) * scale, figure.format)} px`
      : targetSizeText(target, figure.format, scale);

  return (
    <>
      <Button
        {...triggerProps}
        size="sm"
        aria-label={t("export.open", { title: figure.title })}
        // Fetch the export code while the pointer is on its way, so opening is quicker.
        onPointerEnter={() => void loadExportLib()}
        onFocus={() => void loadExportLib()}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-3.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <path d="M8 2v8m0 0L5 7m3 3 3-3M3 12.5h10" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t("export.button")}
      </Button>
      <div
        {...panelProps}
        role="dialog"
        aria-label={t("export.dialog", { title: figure.title })}
        data-ready={readyFor === choice ? "" : undefined}
        className="popover-menu w-80 rounded-lg border border-border bg-card p-3 text-sm text-foreground shadow-lg"
      >
        {open && (
          <div className="space-y-3">
            <ChoiceGroup
              legend={t("figure.menu.target.label")}
              value={choice.target}
              values={FIGURE_TARGETS}
              label={(v) => t(`figure.menu.target.${v}`, { size: size(v) })}
              onChange={(target) => choose({ target })}
              column
            />
            <ChoiceGroup
              legend={t("export.scale.label")}
              value={choice.scale}
              values={SCALES}
              label={(v) => `${v}×`}
              onChange={(scale) => choose({ scale })}
            />
            <ChoiceGroup
              legend={t("export.background.label")}
              value={choice.background}
              values={BACKGROUNDS}
              label={(v) => t(`export.background.${v}`)}
              onChange={(background) => choose({ background })}
            />
            <div className="grid grid-cols-2 gap-1.5">
              <Button variant="default" onClick={() => void downloadPng()} data-autofocus="">
                {t("export.png")}
              </Button>
              <Button variant="default" onClick={() => void downloadSvg()}>
                {t("export.svg")}
              </Button>
            </div>
            <p className="text-xs text-muted-foreground">
              {size(choice.target, choice.scale)} · {t("export.background." + choice.background)}
              {pageCount > 1 && ` · ${t("figure.menu.pages", { count: pageCount })}`}
            </p>
            <div className="grid grid-cols-1 gap-1.5 border-t border-border pt-3">
              <Button size="sm" onClick={() => void downloadPptx()}>
                {t("figure.menu.pptx")}
              </Button>
              <Button size="sm" onClick={() => void downloadCsv()}>
                {t("figure.menu.csv")}
              </Button>
              <Button size="sm" onClick={() => void copyImage()}>
                {t("export.copyImage")}
              </Button>
              <Button size="sm" onClick={() => void copyAlt()}>
                {t("export.copyAlt")}
              </Button>
              <Button size="sm" onClick={() => void copyLink()}>
                {t("export.copyLink")}
              </Button>
              <Button size="sm" onClick={() => void copyEmbed()}>
                {t("embed.copy")}
              </Button>
            </div>
            {busy && (
              <p role="status" className="flex items-center gap-2 text-xs">
                <span
                  aria-hidden="true"
                  className="size-3 animate-spin rounded-full border-2 border-border border-t-foreground"
                />
                {t("export.preparing")}
              </p>
            )}
            {message?.kind === "alert" && (
              <p
                role="alert"
                className="rounded-md border border-danger/40 bg-danger-bg p-2 text-xs text-danger"
              >
                {message.text}
              </p>
            )}
            <p role="status" className={cn("text-xs", message?.kind === "status" ? "" : "sr-only")}>
              {message?.kind === "status" ? message.text : ""}
            </p>
          </div>
        )}
      </div>
    </>
  );
}
