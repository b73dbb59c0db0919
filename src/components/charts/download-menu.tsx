import { QueryClientContext } from "@tanstack/react-query";
import {
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { datasetQueryOptions } from "@/data/queries";
import { downloadBlob } from "@/lib/download";
import { figureFileName, type FigureFormat } from "@/lib/export/file-name";
import { describeFilters } from "@/lib/export/filters-text";
import {
  BACKGROUNDS,
  figureSize,
  SCALES,
  SIZE_PRESETS,
  type Background,
  type Scale,
  type SizePreset,
} from "@/lib/export/presets";
import { currentTheme, themeTokens, type ThemeName } from "@/lib/export/theme-tokens";
import { cn } from "@/lib/cn";
import type * as ExportFigure from "@/lib/export/export-figure";

type ExportLib = typeof ExportFigure;
const loadLib = () => import("@/lib/export/export-figure");

export interface FigureContent {
  title: string;
  subtitle?: string;
  source: string;
  asOf: string;
  summary: string;
  altText?: string;
  datasetVersion?: string;
  /** The chart, rendered a second time off screen at the export size. */
  chart: ReactNode;
  table: ReactNode;
}

interface Options {
  size: SizePreset;
  scale: Scale;
  background: Background;
}

interface StageProps {
  bodyWidth: number;
  chartHeight?: number;
  theme: ThemeName;
}

interface Prepared {
  svg: string;
  /** The figure's background colour (null: transparent), also painted under the raster. */
  background: string | null;
  width: number;
  height: number;
  hasSvg: boolean;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Waits until the off-screen chart has laid itself out at its new size: two frames in a row with
 * the same chart size (Recharts measures with a ResizeObserver, then renders again).
 */
async function settle(body: HTMLElement, lib: ExportLib, expectSvg: boolean): Promise<void> {
  await document.fonts?.ready;
  let last = "";
  for (let frame = 0; frame < 90; frame++) {
    await nextFrame();
    const svg = lib.findChartSvg(body);
    if (!svg && expectSvg && frame < 60) continue;
    const r = svg?.getBoundingClientRect();
    const now = r ? `${r.width}x${r.height}` : `html:${body.scrollHeight}`;
    if (now === last && frame >= 2) return;
    last = now;
  }
}

/**
 * The download menu of a figure: PNG at 1–3× in four sizes and three backgrounds, a standalone
 * SVG, and copying the image, the alt text or the link. The figure is prepared when the menu opens,
 * so the click downloads at once.
 */
export function DownloadMenu({
  frameRef,
  figure,
}: {
  frameRef: RefObject<HTMLElement | null>;
  figure: FigureContent;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Options>({
    size: "screen",
    scale: 2,
    background: "light",
  });
  const [svgAvailable, setSvgAvailable] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "status" | "alert"; text: string } | null>(null);
  const [stage, setStage] = useState<StageProps | null>(null);
  const [alignEnd, setAlignEnd] = useState(true);
  const [dims, setDims] = useState<{ width: number; height: number } | null>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const waiters = useRef<(() => void)[]>([]);
  const cache = useRef(new Map<string, Promise<Prepared>>());
  const pngCache = useRef(new Map<string, Promise<Blob>>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const figureRef = useRef(figure);
  useLayoutEffect(() => {
    figureRef.current = figure;
  });

  useLayoutEffect(() => {
    const ready = waiters.current;
    waiters.current = [];
    ready.forEach((resolve) => resolve());
  }, [stage]);

  const renderStage = useCallback(
    (next: StageProps) =>
      new Promise<HTMLDivElement>((resolve) => {
        waiters.current.push(() => resolve(stageRef.current!));
        setStage(next);
      }),
    [],
  );

  const footer = useFooter(figure);
  const footerRef = useRef(footer);
  useLayoutEffect(() => {
    footerRef.current = footer;
  });

  /** Lays the chart out off screen at the export size and composes the SVG. Serialised. */
  const prepareSvg = useCallback(
    (size: SizePreset, background: Background): Promise<Prepared> => {
      const key = `${size}|${background}`;
      const hit = cache.current.get(key);
      if (hit) return hit;
      const run = async (): Promise<Prepared> => {
        const lib = await loadLib();
        const frame = frameRef.current;
        if (!frame) throw new Error("the figure is no longer on the page");
        const fig = figureRef.current;
        const screenWidth = frame.getBoundingClientRect().width;
        if (screenWidth < 100) throw new Error(t("export.notVisible"));
        const fs = figureSize(size, screenWidth);
        const theme = background === "transparent" ? currentTheme() : background;
        const bodyWidth = fs.layoutWidth - 2 * lib.figurePadding(fs.layoutWidth);
        const liveBody = frame.querySelector<HTMLElement>("[data-figure-body]");
        const expectSvg = liveBody ? lib.findChartSvg(liveBody) !== null : true;
        let root = await renderStage({ bodyWidth, theme });
        let body = root.querySelector<HTMLElement>("[data-figure-body]")!;
        await settle(body, lib, expectSvg);
        const convert = lib.canvasColorConverter();
        const hasSvg = lib.findChartSvg(body) !== null;
        const text = {
          title: fig.title,
          subtitle: fig.subtitle,
          legend: hasSvg ? lib.readLegend(body, convert) : [],
          footer: footerRef.current,
          // Sets the font, and in Urdu the direction, of the caption.
          lang: i18n.language,
        };
        if (fs.layoutHeight) {
          const layout = lib.layoutFigure(text, {
            width: fs.layoutWidth,
            height: fs.layoutHeight,
            large: fs.large,
          });
          root = await renderStage({
            bodyWidth,
            theme,
            chartHeight: Math.floor(layout.chart.height),
          });
          body = root.querySelector<HTMLElement>("[data-figure-body]")!;
          await settle(body, lib, expectSvg);
        }
        const token = (name: string) => getComputedStyle(root).getPropertyValue(name).trim();
        const backgroundColor = background === "transparent" ? null : token("--card") || "#ffffff";
        const svg = await lib.composeFigureSvg(root, {
          width: fs.layoutWidth,
          height: fs.layoutHeight,
          pixelWidth: fs.pixelWidth,
          pixelHeight: fs.pixelHeight,
          large: fs.large,
          chartRoot: body,
          text,
          description: fig.summary,
          convertColor: convert,
          colors: {
            background: backgroundColor,
            foreground: token("--foreground") || "#111827",
            muted: token("--muted-foreground") || "#4b5563",
            border: token("--border") || "#d1d5db",
          },
          captureHtml: (node) => lib.captureHtml(node, 3),
        });
        const size2 = /<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
        return {
          svg,
          background: backgroundColor && convert(backgroundColor),
          width: Number(size2?.[1] ?? fs.layoutWidth),
          height: Number(size2?.[2] ?? fs.layoutHeight ?? 0),
          hasSvg,
        };
      };
      const result = queue.current.then(run, run);
      queue.current = result.catch(() => undefined);
      cache.current.set(key, result);
      result.catch(() => cache.current.delete(key));
      return result;
    },
    [frameRef, renderStage, t, i18n],
  );

  const preparePng = useCallback(
    (o: Options): Promise<Blob> => {
      const key = `${o.size}|${o.background}|${o.scale}`;
      const hit = pngCache.current.get(key);
      if (hit) return hit;
      const result = prepareSvg(o.size, o.background).then(async (p) => {
        const lib = await loadLib();
        return lib.rasterize(p.svg, {
          width: p.width,
          height: p.height,
          scale: o.scale,
          background: p.background,
        });
      });
      pngCache.current.set(key, result);
      result.catch(() => pngCache.current.delete(key));
      return result;
    },
    [prepareSvg],
  );

  /**
   * Shows a failure as an alert. A failure of the preparation in the background (`quiet`) does
   * not replace what an action the user took has just said; that action's own failure shows.
   */
  const fail = useCallback(
    (error: unknown, quiet = false) => {
      const reason = error instanceof Error ? error.message : String(error);
      const alert = {
        kind: "alert" as const,
        text: t("export.failed", { title: figureRef.current.title, reason }),
      };
      setMessage((current) => (quiet && current ? current : alert));
    },
    [t],
  );

  // Start preparing as soon as the menu opens or a choice changes.
  useEffect(() => {
    if (!open) return;
    let live = true;
    preparePng(options)
      .then(() => prepareSvg(options.size, options.background))
      .then((p) => {
        if (!live) return;
        setSvgAvailable(p.hasSvg);
        setDims({
          width: Math.round(p.width * options.scale),
          height: Math.round(p.height * options.scale),
        });
      })
      .catch((e: unknown) => live && fail(e, true));
    return () => {
      live = false;
    };
  }, [open, options, preparePng, prepareSvg, fail]);

  const close = useCallback(() => {
    setOpen(false);
    setStage(null);
    setMessage(null);
    buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        close();
      }
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) close();
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open, close]);

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

  const fileName = (format: FigureFormat, scale?: number) =>
    figureFileName(figure.title, {
      date: new Date(),
      format,
      scale,
      preset: options.size === "screen" ? undefined : options.size,
    });

  const downloadPng = () =>
    act(async () => {
      downloadBlob(await preparePng(options), fileName("png", options.scale));
    });
  const downloadSvg = () =>
    act(async () => {
      const p = await prepareSvg(options.size, options.background);
      downloadBlob(new Blob([p.svg], { type: "image/svg+xml;charset=utf-8" }), fileName("svg"));
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
      await cb.write([new ClipboardItem({ "image/png": preparePng(options) })]);
      return t("export.copied.image");
    });
  const copyAlt = () =>
    act(async () => {
      const lib = await loadLib();
      await prepareSvg(options.size, options.background);
      await clipboard().writeText(altTextOf(figureRef.current, stageRef.current, lib, t));
      return t("export.copied.alt");
    });
  const copyLink = () =>
    act(async () => {
      await clipboard().writeText(window.location.href);
      return t("export.copied.link");
    });

  const choose = (patch: Partial<Options>) => setOptions((o) => ({ ...o, ...patch }));
  const tokens = stage ? themeTokens(stage.theme) : {};

  return (
    <div className="relative">
      <Button
        ref={buttonRef}
        size="sm"
        aria-label={t("export.open", { title: figure.title })}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        // Fetch the export code while the pointer is on its way, so opening is quicker.
        onPointerEnter={() => void loadLib()}
        onFocus={() => void loadLib()}
        onClick={() => {
          if (open) return close();
          cache.current.clear();
          pngCache.current.clear();
          setMessage(null);
          // Open towards the side with room: the button sits at either edge depending on wrapping.
          const r = buttonRef.current?.getBoundingClientRect();
          setAlignEnd(!r || r.right >= Math.min(window.innerWidth, 320));
          setOpen(true);
        }}
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
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="dialog"
          aria-label={t("export.dialog", { title: figure.title })}
          className={cn(
            "absolute top-full z-40 mt-1 w-72 max-w-[calc(100vw-2rem)] space-y-3 rounded-lg border border-border bg-card p-3 text-sm text-foreground shadow-lg",
            alignEnd ? "end-0" : "start-0",
          )}
        >
          <div>
            <Button
              variant="default"
              className="w-full"
              onClick={() => void downloadPng()}
              autoFocus
            >
              {t("export.png")}
            </Button>
            <p className="mt-1 text-xs text-muted-foreground">
              {t("export.pngHint", {
                scale: options.scale,
                size: t(`export.size.${options.size}`),
                background: t(`export.background.${options.background}`),
                width: dims?.width ?? "…",
                height: dims?.height ?? "…",
              })}
            </p>
          </div>
          <Choice
            legend={t("export.size.label")}
            value={options.size}
            values={SIZE_PRESETS}
            label={(v) => t(`export.size.${v}`)}
            onChange={(size) => choose({ size })}
            column
          />
          <Choice
            legend={t("export.scale.label")}
            value={options.scale}
            values={SCALES}
            label={(v) => `${v}×`}
            onChange={(scale) => choose({ scale })}
          />
          <Choice
            legend={t("export.background.label")}
            value={options.background}
            values={BACKGROUNDS}
            label={(v) => t(`export.background.${v}`)}
            onChange={(background) => choose({ background })}
          />
          <div>
            <Button
              className="w-full"
              disabled={!svgAvailable}
              aria-describedby={`${panelId}-svg`}
              onClick={() => void downloadSvg()}
            >
              {t("export.svg")}
            </Button>
            <p id={`${panelId}-svg`} className="mt-1 text-xs text-muted-foreground">
              {svgAvailable ? t("export.svgHint") : t("export.svgUnavailable")}
            </p>
          </div>
          <div className="grid grid-cols-1 gap-1.5 border-t border-border pt-3">
            <Button size="sm" onClick={() => void copyImage()}>
              {t("export.copyImage")}
            </Button>
            <Button size="sm" onClick={() => void copyAlt()}>
              {t("export.copyAlt")}
            </Button>
            <Button size="sm" onClick={() => void copyLink()}>
              {t("export.copyLink")}
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
      {stage &&
        createPortal(
          <div
            ref={stageRef}
            aria-hidden="true"
            inert
            data-export-stage=""
            className={cn(
              "no-print pointer-events-none fixed top-0 bg-card text-foreground",
              stage.theme === "dark" && "dark",
            )}
            style={{ ...tokens, left: -20000, width: stage.bodyWidth, colorScheme: stage.theme }}
          >
            {stage.chartHeight !== undefined && (
              <style>{`[data-export-stage] [data-chart]{height:${stage.chartHeight}px !important}`}</style>
            )}
            <div data-figure-body="" style={{ width: stage.bodyWidth }}>
              {figure.chart}
            </div>
            <div data-figure-table="">{figure.table}</div>
          </div>,
          document.body,
        )}
    </div>
  );
}

function Choice<T extends string | number>({
  legend,
  value,
  values,
  label,
  onChange,
  column = false,
}: {
  legend: string;
  value: T;
  values: readonly T[];
  label: (v: T) => string;
  onChange: (v: T) => void;
  column?: boolean;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold text-muted-foreground">{legend}</legend>
      <div className={cn("flex gap-x-3 gap-y-1", column ? "flex-col" : "flex-wrap")}>
        {values.map((v) => (
          <label key={String(v)} className="flex items-center gap-1.5">
            <input
              type="radio"
              name={name}
              checked={v === value}
              onChange={() => onChange(v)}
              className="accent-[var(--primary)]"
            />
            {label(v)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Footer lines of the exported file: source and date, dataset version, filters, link. */
function useFooter(figure: FigureContent): string[] {
  const { t } = useTranslation();
  // Read without useQueryClient so a frame rendered outside a QueryClientProvider still works.
  const client = useContext(QueryClientContext);
  const version =
    figure.datasetVersion ?? client?.getQueryData(datasetQueryOptions.queryKey)?.metadata.version;
  const search = new URLSearchParams(typeof window === "undefined" ? "" : window.location.search);
  const filters = describeFilters(search, t);
  const first = [
    t("chart.source", { source: figure.source }),
    t("chart.asOf", { date: figure.asOf }),
  ];
  if (version && !figure.source.includes(version))
    first.push(t("export.footer.version", { version }));
  return [
    first.join(" · "),
    filters.length > 0
      ? t("export.footer.filters", { list: filters.join("; ") })
      : t("export.footer.noFilters"),
    t("export.footer.link", { url: typeof window === "undefined" ? "" : window.location.href }),
  ];
}

/** The alt text: the caller's, or title, subtitle, summary and the table's extremes and trend. */
function altTextOf(
  figure: FigureContent,
  stage: HTMLElement | null,
  lib: ExportLib,
  t: (key: string, o?: Record<string, unknown>) => string,
): string {
  if (figure.altText) return figure.altText;
  const parts = [figure.title + ".", figure.subtitle ? figure.subtitle + "." : "", figure.summary];
  const table = stage?.querySelector("table");
  const facts = table ? lib.tableFacts(lib.readTableText(table)) : null;
  if (facts) {
    parts.push(
      t("export.alt.extremes", {
        column: facts.column.toLocaleLowerCase(),
        largest: facts.largest.label,
        largestValue: facts.largest.value,
        smallest: facts.smallest.label,
        smallestValue: facts.smallest.value,
      }),
    );
    if (facts.trend) {
      parts.push(
        t(`export.alt.${facts.trend.direction}`, {
          from: facts.trend.from.label,
          to: facts.trend.to.label,
          fromValue: facts.trend.from.value,
          toValue: facts.trend.to.value,
        }),
      );
    }
  }
  parts.push(t("export.alt.source", { source: figure.source, date: figure.asOf }));
  return parts.filter(Boolean).join(" ").replace(/\.\./g, ".");
}
