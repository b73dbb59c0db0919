import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** WCAG relative luminance and contrast of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const css = readFileSync(`${process.cwd()}/src/styles/index.css`, "utf8");
function tokens(selector: string): Record<string, string> {
  const block = css.slice(css.indexOf(`${selector} {`));
  const body = block.slice(0, block.indexOf("}"));
  return Object.fromEntries(
    [...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

describe.each([
  ["light", tokens(":root")],
  ["dark", tokens(".dark")],
])("%s theme tokens", (_name, t) => {
  const marks = Object.keys(t).filter((k) => /^chart-\d$/.test(k) || k.startsWith("status-"));

  it("defines nine chart colours and six status colours", () => {
    expect(marks).toHaveLength(15);
  });

  it.each(marks)("--%s keeps 3:1 against the card (WCAG 1.4.11)", (key) => {
    expect(contrast(t[key]!, t.card!)).toBeGreaterThanOrEqual(3);
  });

  it("keeps body and muted text at 4.5:1 on background and card", () => {
    for (const fg of ["foreground", "muted-foreground"]) {
      for (const bg of ["background", "card", "muted"])
        expect(contrast(t[fg]!, t[bg]!)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(t["primary-foreground"]!, t.primary!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t.primary!, t.card!)).toBeGreaterThanOrEqual(4.5);
  });
});
