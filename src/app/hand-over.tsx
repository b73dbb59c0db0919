import { createContext, useContext, useEffect, type ReactNode } from "react";

/**
 * The first screen's handover (its script, src/first-screen/, keeps the clicks and keys that come
 * before the app has taken the screen over; docs/first-screen.md). React hydrates the shell first and each Suspense boundary
 * after it, so the view's own content is the app's only once its boundary has been hydrated:
 * `ViewHydrated` sits last inside the view's boundary and calls `onHydrated` from its effect,
 * which runs after that commit. Replayed any earlier, a click would land on markup React has
 * not hydrated yet, and a checkbox would tick with no change event, the address not following it.
 */
const Hydrated = createContext<(() => void) | null>(null);

export function HandOver({
  onHydrated,
  children,
}: {
  onHydrated: () => void;
  children: ReactNode;
}) {
  return <Hydrated.Provider value={onHydrated}>{children}</Hydrated.Provider>;
}

/** Placed after the view inside its Suspense boundary; renders nothing. */
export function ViewHydrated() {
  const onHydrated = useContext(Hydrated);
  useEffect(() => onHydrated?.(), [onHydrated]);
  return null;
}
