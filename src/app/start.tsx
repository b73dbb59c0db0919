import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { datasetQueryOptions } from "@/data/queries";
import { releaseFields } from "@/first-screen/held-fields";
import {
  DAY_ATTR,
  firstScreenState,
  LIVE_EVENT,
  setFirstScreenState,
} from "@/first-screen/protocol";
import { isClientOnlyHandOver } from "@/shared/client-only";
import type { Dataset } from "@/data/schema";
import { cn } from "@/lib/cn";
import { formatNumber, formatPartialDate, type FormatSettings } from "@/lib/format";
import { yieldToMain } from "@/lib/yield-to-main";
import { App } from "./app";
import { HandOver } from "./hand-over";
import { makeQueryClient } from "./query-client";
import { preloadView } from "./view-loaders";

const ENGLISH: FormatSettings = { lang: "en", digits: "latn", amounts: "international" };

/** Runs once what is slow the first time it is called: the date and number formats, the class merger. */
function warmUp(dataset: Dataset): void {
  formatPartialDate(dataset.metadata.dataAsOf, ENGLISH);
  formatNumber(1, ENGLISH);
  cn("p-1", "p-2");
}

/** Marks the first screen as the app's; its script then replays what came early. */
function goLive(root: HTMLElement): void {
  // StrictMode runs effects twice in development: hand over once.
  if (firstScreenState(root) === "live") return;
  setFirstScreenState(root, "live");
  root.dispatchEvent(new Event(LIVE_EVENT));
}

/**
 * Starts the app in `root`. `hydrate`: the build's first screen is showing there (bundled data,
 * default state). The app takes it over (hydrates it) once the data is here, so nothing on screen
 * changes; when the data turns out not to be the file the build drew it from (a saved file of
 * the user's, a bundled file changed since the build, a failed load), it renders from scratch.
 *
 * Either way as a transition: React yields to the browser every few milliseconds while it works,
 * so a slow phone never freezes for the whole first render.
 */
export async function startApp(root: HTMLElement, hydrate: boolean): Promise<void> {
  if (hydrate) {
    const client = makeQueryClient();
    const [loaded] = await Promise.all([
      client.fetchQuery(datasetQueryOptions).then(
        (result) => result,
        () => null,
      ),
      preloadView(new URLSearchParams(window.location.search).get("view")),
    ]);
    if (loaded?.source.kind === "bundled" && loaded.source.buildChecked) {
      // What is costly the first time (the date and number formats, the class merger) is done
      // in a task of its own, before the app's first render, which then runs in short slices.
      await yieldToMain();
      warmUp(loaded.dataset);
      await yieldToMain();
      const live = () => goLive(root);
      const app = (
        <StrictMode>
          <HandOver onHydrated={live}>
            <App
              client={client}
              serverSearch={window.location.search}
              // Drawn for the build's day; charts that mark today move to it straight after.
              firstScreen={{ drawing: false, day: Number(root.getAttribute(DAY_ATTR)) || null }}
            />
          </HandOver>
        </StrictMode>
      );
      // Clicks and keys stay with the first screen's script until React has hydrated the
      // screen (HandOver); the fields are the app's from its first render.
      releaseFields(root);
      startTransition(
        () =>
          void hydrateRoot(root, app, {
            // A part the build left to the browser (the map) is drawn now, as planned; anything
            // else React recovers from is reported as React would.
            onRecoverableError: (error) => {
              if (!isClientOnlyHandOver(error)) reportError(error);
            },
          }),
      );
      return;
    }
    root.replaceChildren();
    setFirstScreenState(root, "none");
  }
  const reactRoot = createRoot(root);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
