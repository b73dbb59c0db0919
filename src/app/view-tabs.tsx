import { useCallback, useEffect, useRef, useState, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { cn } from "@/lib/cn";
import { useHydrated } from "@/shared/hydrated";
import { VIEWS, type View } from "@/shared/url-state";
import { DETAIL_PARAMS } from "./detail-params";

/**
 * A link to a view that keeps the filters and settings of the current URL. `path`: the page's
 * own path, for a link with no query; "./" while the build-time first screen is hydrated.
 */
function viewHref(view: View, path: string): string {
  const params = new URLSearchParams(window.location.search);
  if (view === "overview") params.delete("view");
  else params.set("view", view);
  for (const key of DETAIL_PARAMS) params.delete(key);
  const search = params.toString();
  return search ? `?${search}` : path;
}

/** The width of the fade over a clipped side (w-14) and a little more. */
const FADE = 64;

/** How far the tabs can still scroll towards their start and their end, in either direction of text. */
function overflowOf(el: HTMLElement) {
  // In right-to-left text scrollLeft runs from 0 down to negative values.
  const scrolled = Math.abs(el.scrollLeft);
  const room = el.scrollWidth - el.clientWidth;
  return { start: scrolled > 1, end: room - scrolled > 1 };
}

/**
 * The views as a row of tabs. When they do not fit (a phone, a narrow window, a long language)
 * the row scrolls sideways, and each side that has more tabs fades out under an arrow button
 * that scrolls there, so no view hides off screen unannounced. The current tab is scrolled into
 * sight. Keyboard readers reach every link with Tab, which scrolls it into view; the arrows are
 * a pointer convenience and stay out of the tab order.
 */
export function ViewTabs({ view, onGo }: { view: View; onGo: (view: View) => void }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLUListElement>(null);
  const [more, setMore] = useState({ start: false, end: false });

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = overflowOf(el);
    setMore((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
  }, []);

  /** Brings the current tab out from under the fades; only the row scrolls, never the page. */
  const reveal = useCallback(() => {
    const el = scroller.current;
    const current = el?.querySelector<HTMLElement>("[aria-current='page']");
    // jsdom lays nothing out and has no scrollBy.
    if (!el || !current || typeof el.scrollBy !== "function") return;
    const row = el.getBoundingClientRect();
    const tab = current.getBoundingClientRect();
    if (tab.left < row.left + FADE) el.scrollBy({ left: tab.left - row.left - FADE });
    else if (tab.right > row.right - FADE) el.scrollBy({ left: tab.right - row.right + FADE });
  }, []);

  // Again whenever the tabs change size (a language, its font arriving) or the direction flips.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => {
      reveal();
      measure();
    };
    update();
    const resize = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(update);
    resize?.observe(el);
    for (const item of el.children) resize?.observe(item);
    const direction = new MutationObserver(update);
    direction.observe(document.documentElement, { attributeFilter: ["dir", "lang"] });
    return () => {
      resize?.disconnect();
      direction.disconnect();
    };
  }, [view, reveal, measure]);

  const step = (towards: "start" | "end") => {
    const el = scroller.current;
    if (!el) return;
    const rtl = getComputedStyle(el).direction === "rtl";
    const amount = el.clientWidth * 0.7;
    const sign = (towards === "end") !== rtl ? 1 : -1;
    el.scrollBy({ left: sign * amount, behavior: "smooth" });
  };

  return (
    <nav aria-label={t("nav.label")} className="relative mx-auto max-w-[1800px] px-2">
      <ul
        ref={scroller}
        onScroll={measure}
        className="flex [scrollbar-width:none] gap-1 overflow-x-auto [&::-webkit-scrollbar]:hidden"
      >
        {VIEWS.map((v) => (
          <li key={v} className="shrink-0">
            <ViewLink view={v} current={v === view} onGo={onGo} />
          </li>
        ))}
      </ul>
      <ScrollCue side="start" shown={more.start} onClick={() => step("start")} />
      <ScrollCue side="end" shown={more.end} onClick={() => step("end")} />
    </nav>
  );
}

/** A fade over the clipped side of the tabs, with an arrow that scrolls that way. */
function ScrollCue({
  side,
  shown,
  onClick,
}: {
  side: "start" | "end";
  shown: boolean;
  onClick: () => void;
}) {
  if (!shown) return null;
  return (
    <div
      data-scroll-cue={side}
      className={cn(
        "pointer-events-none absolute inset-y-0 flex w-14 items-center",
        side === "start"
          ? "start-0 justify-start bg-linear-to-r from-card from-45% to-transparent rtl:bg-linear-to-l"
          : "end-0 justify-end bg-linear-to-l from-card from-45% to-transparent rtl:bg-linear-to-r",
      )}
    >
      {/* Hidden from assistive technology: every tab is a link in the tab order already. */}
      <button
        type="button"
        tabIndex={-1}
        aria-hidden="true"
        onClick={onClick}
        className="pointer-events-auto mx-1 flex size-8 items-center justify-center rounded-full border border-border bg-card text-foreground shadow-sm hover:bg-muted"
      >
        {/* The angle quotes mirror themselves in right-to-left text. */}
        <span>{side === "start" ? "‹" : "›"}</span>
      </button>
    </div>
  );
}

/**
 * A view's tab. Its own component: when hydration ends and the page's path becomes known, only
 * the links render again, not the page.
 */
function ViewLink({
  view,
  current,
  onGo,
}: {
  view: View;
  current: boolean;
  onGo: (view: View) => void;
}) {
  const { t } = useTranslation();
  const path = useHydrated() ? window.location.pathname : "./";
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onGo(view);
  };
  return (
    <a
      href={viewHref(view, path)}
      onClick={onClick}
      aria-current={current ? "page" : undefined}
      className={cn(
        "inline-block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
        current
          ? "border-primary text-foreground"
          : "border-transparent text-muted-foreground hover:text-foreground",
      )}
    >
      {t(`nav.${view}`)}
    </a>
  );
}
