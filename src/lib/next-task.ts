/**
 * Resolves in a new task: the browser may paint and answer input in between. Start-up work is
 * cut into such steps, so no single step holds a slow phone's main thread for long.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
