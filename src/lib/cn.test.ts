import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("lets a later class of the same kind replace an earlier one", () => {
    expect(cn("h-8 px-2.5 text-xs whitespace-nowrap", "h-auto whitespace-normal")).toBe(
      "px-2.5 text-xs h-auto whitespace-normal",
    );
    expect(cn("h-8 px-2.5 text-xs", "size-8 p-0 text-base")).toBe("size-8 p-0 text-base");
    expect(cn("text-foreground hover:bg-muted", "text-primary underline")).toBe(
      "hover:bg-muted text-primary underline",
    );
    expect(cn("text-card-foreground", "text-sm text-muted-foreground")).toBe(
      "text-sm text-muted-foreground",
    );
  });

  it("keeps classes of different kinds, and variants apart", () => {
    expect(cn("text-[11px] text-muted-foreground", "text-start")).toBe(
      "text-[11px] text-muted-foreground text-start",
    );
    expect(cn("inline-flex rounded-md", "mb-2 md:hidden")).toBe(
      "inline-flex rounded-md mb-2 md:hidden",
    );
    expect(cn("bg-card", false, undefined, { "bg-primary": true })).toBe("bg-primary");
  });
});
