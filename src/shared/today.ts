import { startTransition, useContext, useEffect, useState } from "react";
import { utcDay } from "@/data/selectors/timeline";
import { FirstScreenContext } from "./first-screen-context";

/**
 * Today (UTC midnight, ms), for the charts that mark it. Hydrating a first screen drawn on an
 * earlier day, it starts at that day and moves to today straight after, in a render React can
 * interrupt.
 */
export function useToday(): number {
  // The day the build's first screen was drawn for, while it is hydrated: a chart that drew
  // another day would make React discard the screen.
  const { day } = useContext(FirstScreenContext);
  const [today, setToday] = useState(() => day ?? utcDay(new Date()));
  useEffect(() => {
    const now = utcDay(new Date());
    if (now !== today) startTransition(() => setToday(now));
  }, [today]);
  return today;
}
