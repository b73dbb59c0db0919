import type { GeoPath, GeoProjection } from "d3-geo";
import { select } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from "d3-zoom";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Geography } from "@/lib/figure/geo";
import { MAX_ZOOM, MIN_ZOOM, showsOnlySea, transformToView, viewToTransform } from "./geography";
import { useMapViewState } from "./map-url-state";

/** What a gesture the map does not take is told to do instead (Google Maps' cooperative gestures). */
export type GestureHint = "wheel" | "touch" | null;

const HINT_MS = 1500;

/**
 * Which events start a zoom or a pan. The page keeps a plain wheel and a one-finger swipe, so that
 * scrolling past the map on a phone or with a mouse never gets caught in it: the wheel zooms with
 * Ctrl or ⌘ held (a trackpad pinch arrives as a wheel with Ctrl), two fingers pan and pinch, and a
 * mouse drags. This is Google Maps' "cooperative" gesture handling, its default for an embedded map
 * on a page that scrolls, and MapLibre's `cooperativeGestures`; both say what to do instead.
 */
function startsGesture(event: Event): boolean {
  if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
  if (typeof TouchEvent !== "undefined" && event instanceof TouchEvent)
    return event.touches.length >= 2;
  if (event instanceof MouseEvent) return event.button === 0 && !event.ctrlKey;
  return false;
}

/**
 * A wheel's zoom: d3's own rate for a pinch (small deltas), twice it for a mouse wheel's notches,
 * so one notch zooms about 1.3×.
 */
function wheelDelta(event: WheelEvent): number {
  const rate = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  const pinch = event.deltaMode === 0 && Math.abs(event.deltaY) < 50;
  return -event.deltaY * rate * (pinch ? 10 : 2);
}

/** Two transforms a reader could not tell apart (the address rounds what it keeps). */
function same(a: ZoomTransform, b: ZoomTransform): boolean {
  return Math.abs(a.k - b.k) < 0.01 * b.k && Math.abs(a.x - b.x) < 2 && Math.abs(a.y - b.y) < 2;
}

/**
 * Pan and zoom with d3-zoom on the map's SVG, kept in the address (mapzoom, mapx, mapy). The
 * boundaries are drawn once for the fitted map (`base`) and moved by the transform; the address
 * follows every gesture, and a new address (back, a link, Reset) moves the map.
 */
export function useMapZoom(base: GeoProjection, width: number, height: number) {
  const [view, setView] = useMapViewState();
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const fromAddress = useMemo(
    () => viewToTransform(view, base, width, height),
    [view, base, width, height],
  );
  const [local, setLocal] = useState<{ t: ZoomTransform; width: number; height: number } | null>(
    null,
  );
  const transform =
    local && local.width === width && local.height === height ? local.t : fromAddress;
  const [hint, setHint] = useState<GestureHint>(null);

  const [behaviour] = useState(() =>
    zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      .clickDistance(4)
      .filter(startsGesture)
      .wheelDelta(wheelDelta),
  );
  const latest = useRef({ base, width, height, setView, syncing: false });
  useLayoutEffect(() => {
    latest.current = { ...latest.current, base, width, height, setView };
  });

  useEffect(() => {
    behaviour.extent([
      [0, 0],
      [width, height],
    ]);
    // at zoom 1 the whole map is in view and nothing pans; zoomed, the frame stays within it
    behaviour.translateExtent([
      [0, 0],
      [width, height],
    ]);
  }, [behaviour, width, height]);

  useEffect(() => {
    if (!svg) return;
    const selection = select(svg);
    behaviour.on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const now = latest.current;
      setLocal({ t: event.transform, width: now.width, height: now.height });
      if (!now.syncing)
        void now.setView(transformToView(event.transform, now.base, now.width, now.height));
    });
    selection.call(behaviour).on("dblclick.zoom", null);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tell = (kind: GestureHint) => {
      setHint(kind);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(null), HINT_MS);
    };
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) tell("wheel");
    };
    const onTouch = (e: TouchEvent) => {
      if (e.touches.length === 1) tell("touch");
    };
    svg.addEventListener("wheel", onWheel, { passive: true });
    svg.addEventListener("touchmove", onTouch, { passive: true });
    return () => {
      clearTimeout(timer);
      svg.removeEventListener("wheel", onWheel);
      svg.removeEventListener("touchmove", onTouch);
      selection.on(".zoom", null);
      behaviour.on("zoom", null);
    };
  }, [behaviour, svg]);

  // A new address (a link, back and forward, another size) moves the map to it.
  useEffect(() => {
    if (!svg || same(zoomTransform(svg), fromAddress)) return;
    latest.current.syncing = true;
    behaviour.transform(select(svg), fromAddress);
    latest.current.syncing = false;
  }, [behaviour, svg, fromAddress]);

  const controls = useMemo(() => {
    const on = (act: (s: ReturnType<typeof select<SVGSVGElement, unknown>>) => void) => {
      if (svg) act(select(svg));
    };
    return {
      zoomBy: (factor: number) => on((s) => behaviour.scaleBy(s, factor)),
      /** Moves the map by (dx, dy) screen pixels. */
      panBy: (dx: number, dy: number) =>
        on((s) => behaviour.translateBy(s, dx / zoomTransform(svg!).k, dy / zoomTransform(svg!).k)),
      reset: () => on((s) => behaviour.transform(s, zoomIdentity)),
      /** Centres the map on a place at (at least) the given zoom. */
      zoomTo: (lonLat: readonly [number, number], k: number) =>
        on((s) => {
          const [x, y] = latest.current.base([lonLat[0], lonLat[1]]) ?? [0, 0];
          behaviour.scaleTo(s, Math.max(k, zoomTransform(svg!).k));
          behaviour.translateTo(s, x, y);
        }),
    };
  }, [behaviour, svg]);

  return { attach: setSvg, transform, hint, ...controls };
}

/** True when the zoomed map shows no land (the boundaries' boxes are measured once, then moved). */
export function useOnlySea(
  geo: Geography,
  path: GeoPath,
  transform: ZoomTransform,
  width: number,
  height: number,
): boolean {
  // Measured only once the map is zoomed in: at zoom 1 all of it shows, and a first visit does
  // not pay for the neighbours' long borders.
  const zoomed = transform.k > 1;
  const boxes = useMemo(() => {
    if (!zoomed) return null;
    const shapes = [...geo.units, ...geo.neighbours];
    return {
      shapes,
      bounds: new Map<unknown, ReturnType<GeoPath["bounds"]>>(
        shapes.map((s) => [s, path.bounds(s)]),
      ),
    };
  }, [geo, path, zoomed]);
  if (!boxes) return false;
  return showsOnlySea(
    boxes.shapes,
    {
      bounds: (shape) => {
        const [p0, p1] = boxes.bounds.get(shape)!;
        return [transform.apply(p0), transform.apply(p1)];
      },
    },
    width,
    height,
  );
}
