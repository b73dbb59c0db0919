import { afterEach, describe, expect, it, vi } from "vitest";
import { yieldToMain } from "./yield-to-main";

afterEach(() => vi.unstubAllGlobals());

describe("yieldToMain", () => {
  it("uses the browser's scheduler.yield where there is one", async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal("scheduler", { yield: yieldFn });
    await yieldToMain();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });

  it("otherwise goes on in a task of its own, after what was already queued", async () => {
    vi.stubGlobal("scheduler", undefined);
    const order: string[] = [];
    const queued = new MessageChannel();
    queued.port1.onmessage = () => {
      order.push("queued before");
      queued.port1.close();
    };
    queued.port2.postMessage(null);
    const yielded = yieldToMain().then(() => order.push("after the yield"));
    await Promise.resolve();
    expect(order).toEqual([]);
    await yielded;
    expect(order).toEqual(["queued before", "after the yield"]);
  });
});
