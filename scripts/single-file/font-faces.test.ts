// @vitest-environment node
import { describe, expect, it } from "vitest";
import { fontsourceFaces, formatUnicodeRange, parseUnicodeRange, subsetFaces } from "./font-faces";

describe("unicode ranges", () => {
  it("reads single code points, spans and wildcards", () => {
    expect(parseUnicodeRange("U+0000-00FF, U+0131,U+4??")).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it("writes code points with consecutive ones joined, once each, in order", () => {
    expect(formatUnicodeRange([0x46, 0x41, 0x42, 0x43, 0x41, 0x4e00])).toBe("U+41-43,U+46,U+4e00");
  });
});

describe("subsetFaces", () => {
  it("keeps a face's characters of the corpus, inlined as WOFF2 with exactly their range", async () => {
    const faces = fontsourceFaces("@fontsource/noto-sans/400.css").filter((f) =>
      f.file.includes("-latin-400-"),
    );
    // "A", "B" and "—" are in the Latin slice; "概" is not, and no other face is asked for.
    const css = await subsetFaces(faces, new Set([0x41, 0x42, 0x2014, 0x6982]));
    expect(css).toMatch(
      /^@font-face\{font-family:"Noto Sans";font-style:normal;font-display:swap;font-weight:400;src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\("woff2"\);unicode-range:U\+41-42,U\+2014\}$/,
    );
    const font = Buffer.from(/base64,([^)]+)\)/.exec(css)![1]!, "base64");
    expect(font.subarray(0, 4).toString("latin1")).toBe("wOF2");
    // A few glyphs, not the slice's hundreds (the source file is over 13 kB).
    expect(font.length).toBeLessThan(3000);
  });

  it("leaves out a face none of the corpus falls in", async () => {
    const faces = fontsourceFaces("@fontsource/noto-sans-sc/400.css").filter((f) =>
      f.file.includes("-sc-4-"),
    );
    expect(faces).toHaveLength(1);
    expect(await subsetFaces(faces, new Set([0x41]))).toBe("");
  });
});
