import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadBlob } from "./download";

describe("downloadBlob", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("clicks a link to an object URL with the file name, then revokes the URL", () => {
    vi.useFakeTimers();
    const create = vi.fn(() => "blob:test-url");
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.getAttribute("href") ?? "", download: this.download });
    });
    const blob = new Blob(["x"]);
    downloadBlob(blob, "cpec-projects_1.0.0_2026-11-27.csv");
    expect(create).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([
      { href: "blob:test-url", download: "cpec-projects_1.0.0_2026-11-27.csv" },
    ]);
    expect(document.querySelector("a[download]")).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith("blob:test-url");
  });
});
