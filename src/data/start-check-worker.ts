/** The file checker's worker (./check.worker), in a module of its own so a build can leave it out. */
export function startCheckWorker(): Worker {
  return new Worker(new URL("./check.worker.ts", import.meta.url), { type: "module" });
}
