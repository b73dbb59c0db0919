import { startTransition, useEffect, useState } from "react";
import { utcDay } from "@/data/selectors/timeline";

/**
 * The day the build's first screen was drawn for (UTC midnight, ms), while it is being hydrated:
 * charts that mark "today" must first draw the day the build drew, or React would discard the
 * screen. Set by the build-time render and by start.tsx; null otherwise.
 */
let firstScreenDay: number | null = null;

export function setFirstScreenDay(day: number | null): void {
  firstScreenDay = day;
}

/**
 * Today (UTC midnight, ms), for the charts that mark it. Hydrating a first screen drawn on an
 * earlier day, it starts at that day and moves to today straight after, in a render React can
 * interrupt.
 */
export function useToday(): number {
  const [today, setToday] = useState(() => firstScreenDay ?? utcDay(new Date()));
  useEffect(() => {
    firstScreenDay = null;
    const now = utcDay(new Date());
    if (now !== today) startTransition(() => setToday(now));
  }, [today]);
  return today;
}
