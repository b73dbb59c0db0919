import type { CheckReply, CheckRequest } from "./check.worker";
import type { Dataset } from "./schema";
import { checkUserText, detectFormat, type UserFileResult } from "./user-file";

/**
 * checkUserText in a Web Worker: the page answers clicks while a large file is checked, and hears
 * how far the check has got. Where a worker cannot start (no Worker, or a page opened from a file,
 * where a module worker is refused) the same check runs on the page.
 */
export async function checkUserTextOffThread(
  name: string,
  text: string,
  {
    loadBundled,
    onProgress,
  }: {
    loadBundled: () => Promise<Dataset>;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<UserFileResult> {
  const format = detectFormat(name, text);
  const onPage = () => checkUserText(name, text, { format, loadBundled, onProgress });
  if (typeof Worker === "undefined" || text.trim() === "") return onPage();
  let bundled: Dataset | null = null;
  if (format === "csv") {
    try {
      bundled = await loadBundled();
    } catch {
      // The page's check says why the bundled data is missing.
      return onPage();
    }
  }
  // The single-file build (VITE_EMBED_DATA) is opened from disk, where a module worker is refused:
  // it checks on the page, and carries no worker file beside it.
  if (import.meta.env.VITE_EMBED_DATA === "1") return onPage();
  let worker: Worker;
  try {
    const { startCheckWorker } = await import("./start-check-worker");
    worker = startCheckWorker();
  } catch {
    return onPage();
  }
  return new Promise<UserFileResult>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      if (data.type === "progress") onProgress?.(data.done, data.total);
      else {
        worker.terminate();
        resolve(data.result.ok ? { ...data.result, text } : data.result);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onPage());
    };
    const request: CheckRequest = { name, text, format, bundled };
    worker.postMessage(request);
  });
}
