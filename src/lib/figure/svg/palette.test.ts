import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PALETTE, PALETTE_TOKENS, paletteFor } from "./palette";

const css = readFileSync(`${process.cwd()}/src/styles/index.css`, "utf8");
/** The #rrggbb custom properties of one rule of the stylesheet, as tokens.test.ts reads them. */
function tokens(selector: string): Record<string, string> {
  const block = css.slice(css.indexOf(`${selector} {`));
  const body = block.slice(0, block.indexOf("}"));
  return Object.fromEntries(
    [...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

describe.each([["light", tokens(":root")] as const, ["dark", tokens(".dark")] as const])(
  "the %s palette",
  (theme, css) => {
    it.each(PALETTE_TOKENS)("--%s equals the stylesheet", (token) => {
      expect(PALETTE[theme][token]).toBe(css[token]);
    });

    it("has every chart and status colour the stylesheet defines", () => {
      const marks = Object.keys(css).filter((k) => /^chart-\d$/.test(k) || k.startsWith("status-"));
      expect(marks.filter((k) => !(PALETTE_TOKENS as readonly string[]).includes(k))).toEqual([]);
    });
  },
);

describe("paletteFor", () => {
  it("resolves figure tokens and the page inks of a theme", () => {
    const light = paletteFor("light");
    expect(light.color("chart-1")).toBe("#0072b2");
    expect(light.color("status-operational")).toBe("#00805d");
    expect(light.color("muted")).toBe("#4b5563");
    expect(light.color("foreground")).toBe("#111827");
    expect(light.ink).toEqual({
      foreground: "#111827",
      muted: "#4b5563",
      grid: "#e5e7eb",
      axis: "#4b5563",
      background: "#ffffff",
    });
    expect(paletteFor("dark").color("chart-6")).toBe("#f0e442");
    expect(paletteFor("dark").ink.background).toBe("#111a2e");
  });

  it("names a token it does not know", () => {
    expect(() => paletteFor("light").color("chart-10")).toThrow("Unknown colour token “chart-10”");
  });
});
