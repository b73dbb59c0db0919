interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Gives the main thread back to the browser, which may paint and answer input, and goes on in a
 * new task. Start-up is cut into such steps, so no single step holds a slow phone's main thread
 * for long. `scheduler.yield()` where the browser has it: the rest then runs ahead of other
 * queued work instead of at the back of the queue; elsewhere a message to ourselves, a task
 * without the timers' clamp.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves in a task after the next frame has been painted. */
export function afterNextPaint(): Promise<void> {
  return new Promise<void>((resolve) => requestAnimationFrame(() => resolve())).then(yieldToMain);
}
