import { expect, test } from "@playwright/test";
import { PARAM_NAMES, VIEWS, watchPage } from "./helpers";

/**
 * A hand-edited URL gives the nearest valid view with a notice, and no address blanks the page.
 * (Bad data files: open-data.spec.ts.)
 */

test.describe("hand-edited URLs", () => {
  const cases: { search: string; says: string[] }[] = [
    { search: "?sector=mining", says: ["Ignored sector “mining”: not a sector."] },
    { search: "?from=2022&to=2016", says: ["Years 2022–2016 read as 2016–2022."] },
    { search: "?project=x", says: ["No project has id “x”."] },
    { search: "?view=admin&view=map", says: ["Ignored view “admin”: not a view."] },
    {
      search: "?view=projects&sector=energy&sector=transport",
      says: ["“sector” was given 2 times: used the first, “energy”."],
    },
    {
      search: `?q=${"x".repeat(5000)}`,
      says: ["Cut search text to its first 100 characters (it had 5,000)."],
    },
    {
      search:
        "?view=%3Cscript%3Ealert(1)%3C/script%3E&status=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
      says: ["Ignored view “<script>alert(1)</script>”: not a view."],
    },
    { search: "?from=abc&to=99999", says: ["Ignored start year “abc”"] },
    { search: "?view=map&mapzoom=1e308&mapx=NaN", says: ["Ignored map zoom “1e308”"] },
    { search: "?view=timeline&tfrom=2017-13&titem=meeting:nope", says: ["No timeline item"] },
    { search: "?view=documents&doc=..%2F..%2Fetc&docsort=evil", says: ["not a record id"] },
    { search: "?%00=%00&lang=xx", says: ["Ignored language “xx”"] },
  ];
  for (const { search, says } of cases) {
    test(`${search.slice(0, 60)} gives a notice and no page error`, async ({ page }) => {
      const problems = watchPage(page);
      page.on("dialog", (d) => {
        problems.push(`a script ran: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`./${search}`);
      const notice = page.getByRole("status").filter({ hasText: "could not be used as written" });
      for (const text of says) await expect(notice).toContainText(text);
      await expect(page.getByRole("navigation", { name: "Views" })).toBeVisible();
      // An unknown project id also opens the detail panel's own "not found" dialog (its code
      // comes when asked for): close it first.
      if (search.includes("project=")) {
        await expect(page.getByRole("dialog", { name: "Project not found" })).toBeVisible();
        await page.keyboard.press("Escape");
        await expect(page.getByRole("dialog")).toHaveCount(0);
      }
      await notice.getByRole("button", { name: "Dismiss" }).click();
      await expect(notice).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }
});

/**
 * No address blanks the page: every view, with the names of Object's own properties and text
 * wrapped in bidirectional controls as the view, as unknown parameters and as the value of every
 * parameter the dashboard reads. The shell, the view's content and a notice are always there.
 */
test.describe("no address blanks the page", () => {
  const NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"];
  const BIDI = "\u202enimda\u2066x\u2069\u200b";

  for (const name of NAMES) {
    test(`?view=${name} opens Overview with a notice`, async ({ page }) => {
      const problems = watchPage(page);
      await page.goto(`./?view=${name}`);
      await expect(page.getByRole("link", { name: "Overview" })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText(
        `Ignored view “${name}”: not a view.`,
      );
      expect(problems).toEqual([]);
    });
  }

  test("an embed address with a prototype name or bidi controls says which figure it lacks", async ({
    page,
  }) => {
    const problems = watchPage(page);
    for (const value of NAMES) {
      await page.goto(`./?embed=${encodeURIComponent(value)}`);
      await expect(page.getByRole("alert")).toContainText(`There is no figure “${value}” to embed`);
      await expect(
        page.getByRole("link", { name: "Open the CPEC Progress Dashboard" }),
      ).toBeVisible();
    }
    await page.goto(`./?embed=${encodeURIComponent(BIDI)}`);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("“nimdax”");
    expect(await alert.textContent()).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(problems).toEqual([]);
  });

  for (const view of VIEWS) {
    test(`${view}: prototype names and bidi controls in every parameter`, async ({ page }) => {
      const problems = watchPage(page);
      for (const value of [...NAMES, BIDI]) {
        const params = new URLSearchParams({ view });
        // Every parameter but `embed`, which turns the page into one figure (tested below).
        for (const param of PARAM_NAMES)
          if (param !== "view" && param !== "embed") params.set(param, value);
        params.set(value, value);
        await page.goto(`./?${params.toString()}`);
        const nav = page.getByRole("navigation", { name: "Views" });
        await expect(nav).toBeVisible();
        const label = view.charAt(0).toUpperCase() + view.slice(1);
        await expect(nav.getByRole("link", { name: label })).toHaveAttribute(
          "aria-current",
          "page",
        );
        const notice = page.getByRole("status").filter({ hasText: "could not be used" });
        await expect(notice).toBeVisible();
        // Quoted back without its invisible characters: "‮nimda" cannot read as "admin".
        if (value === BIDI) {
          await expect(notice).toContainText("“nimdax”");
          expect(await notice.textContent()).not.toMatch(
            /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/,
          );
        }
        // The view drew something of its own: a heading inside the main region.
        await expect(page.getByRole("main").getByRole("heading").first()).toBeVisible();
      }
      expect(problems).toEqual([]);
    });
  }
});
