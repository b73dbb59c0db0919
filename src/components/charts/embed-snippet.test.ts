import { describe, expect, it } from "vitest";
import { embedAddress, embedSnippet, figureEmbedCode } from "./embed-snippet";

describe("the embed code of a figure", () => {
  it("writes an iframe titled, sized and lazy, then a link back, escaping quotes and brackets", () => {
    expect(
      embedSnippet({
        src: "https://host.example/cpec/?sector=energy&embed=overview.by-sector",
        title: `Investment "by" <sector> & more`,
        link: "https://host.example/cpec/?sector=energy",
        linkText: `Investment "by" <sector> & more (CPEC Progress Dashboard)`,
      }),
    ).toBe(
      `<iframe src="https://host.example/cpec/?sector=energy&amp;embed=overview.by-sector" title="Investment &quot;by&quot; &lt;sector&gt; &amp; more" width="800" height="500" loading="lazy" style="border:0;max-width:100%"></iframe>\n` +
        `<p><a href="https://host.example/cpec/?sector=energy">Investment &quot;by&quot; &lt;sector&gt; &amp; more (CPEC Progress Dashboard)</a></p>`,
    );
  });

  it("points at the same build and path with the figure's id, keeping what the figure draws with", () => {
    expect(
      embedAddress(
        "https://host.example/intranet/cpec/index.html?view=projects&lang=ur&digits=arab&sector=energy&gantt=province&project=p-12&sort=name#main",
        "projects.gantt.province",
      ),
    ).toBe(
      "https://host.example/intranet/cpec/index.html?lang=ur&digits=arab&sector=energy&gantt=province&embed=projects.gantt.province",
    );
  });

  it("is built from a figure's id, title and link", () => {
    const code = figureEmbedCode(
      { id: "map.projects", title: "Projects on the map", link: "https://h.example/?view=map" },
      "Projects on the map (CPEC Progress Dashboard)",
    );
    expect(code.split("\n")).toEqual([
      `<iframe src="https://h.example/?embed=map.projects" title="Projects on the map" width="800" height="500" loading="lazy" style="border:0;max-width:100%"></iframe>`,
      `<p><a href="https://h.example/?view=map">Projects on the map (CPEC Progress Dashboard)</a></p>`,
    ]);
  });
});
