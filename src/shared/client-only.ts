import { useContext, type ReactNode } from "react";
import { FirstScreenContext } from "./first-screen-context";

/**
 * The digest the build gives a part left to the browser; hydrating, the app sees it on the error
 * React reports for that part and knows it was meant.
 */
export const CLIENT_ONLY_DIGEST = "client-only";

/** Whether an error React reports while hydrating is a part the build left to the browser. */
export function isClientOnlyHandOver(error: unknown): boolean {
  return (error as { digest?: unknown } | null)?.digest === CLIENT_ONLY_DIGEST;
}

/** Thrown by `ClientOnly` at build time; the build's render expects it and lets it pass. */
export class ClientOnlyContent extends Error {
  constructor() {
    super("drawn in the browser, not at build time");
    this.name = "ClientOnlyContent";
  }
}

/**
 * Content the build's first screen leaves to the browser: what needs something only the browser
 * has (its width, a second data file). It must sit inside a Suspense boundary: the first screen
 * shows the boundary's fallback there, and the app draws the content when it starts.
 */
export function ClientOnly({ children }: { children: ReactNode }) {
  if (useContext(FirstScreenContext).drawing) throw new ClientOnlyContent();
  return children;
}
