/// <reference lib="webworker" />
import type { Dataset } from "./schema";
import { checkUserText, type UserFileFormat, type UserFileResult } from "./user-file";

/**
 * Checks a user's file off the main thread, so a large broken file never freezes the page: the
 * text (and, for a projects CSV, the bundled data it completes) comes in; progress and the result
 * go out. The result leaves the text behind: the page sent it and still has it.
 */
export interface CheckRequest {
  name: string;
  text: string;
  format: UserFileFormat;
  bundled: Dataset | null;
}

export type CheckReply =
  { type: "progress"; done: number; total: number } | { type: "result"; result: UserFileResult };

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async ({ data }: MessageEvent<CheckRequest>) => {
  const post = (reply: CheckReply) => self.postMessage(reply);
  const result = await checkUserText(data.name, data.text, {
    format: data.format,
    loadBundled: () =>
      data.bundled ? Promise.resolve(data.bundled) : Promise.reject(new Error("no bundled data")),
    onProgress: (done, total) => post({ type: "progress", done, total }),
  });
  post({ type: "result", result: result.ok ? { ...result, text: "" } : result });
};
