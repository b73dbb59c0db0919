// @vitest-environment node
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { textCorpus } from "./text-corpus";

describe("textCorpus", () => {
  const corpus = textCorpus(fileURLToPath(new URL("../..", import.meta.url)));
  const has = (text: string) => [...text].every((c) => corpus.has(c.codePointAt(0)!));

  it("holds the interface's words in every language and the dataset's names", () => {
    expect(has("概览")).toBe(true); // zh: the Overview tab
    expect(has("جائزہ")).toBe(true); // ur: the Overview tab
    expect(has("卡西姆港燃煤电站")).toBe(true); // zh name of a project in the dataset
    expect(has("信德省")).toBe(true); // zh name of Sindh in the map boundaries
  });

  it("holds what Intl and the code write: scale words, digits, spaces, isolates", () => {
    expect(has("亿万")).toBe(true);
    expect(has("۰۱۲۳۴۵۶۷۸۹")).toBe(true);
    expect(has("\u00a0\u2068\u2069▾")).toBe(true);
  });

  it("leaves out controls and what nothing writes", () => {
    expect(has("\n")).toBe(false);
    expect(has("鼠")).toBe(false);
  });
});
