import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDataset, makeProject } from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import { UrlNotice } from "./url-notice";

const dataset = makeDataset({ projects: [makeProject({ id: "thar-coal" })] });

describe("UrlNotice", () => {
  it("says what a hand-edited link asked for that was ignored or corrected", async () => {
    const search = `?sector=mining&from=2022&to=2016&project=x&q=${"y".repeat(150)}`;
    renderWithData(<UrlNotice search={search} />, { dataset, search });
    const notice = await screen.findByRole("status");
    const items = within(notice)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "Ignored sector “mining”: not a sector.",
      "No project has id “x”.",
      "Cut search text to its first 100 characters (it had 150).",
      "Years 2022–2016 read as 2016–2022.",
    ]);
  });

  it("quotes script-like values as text, bounded", async () => {
    const value = `<script>alert(1)</script>${"z".repeat(100)}`;
    const search = `?view=${encodeURIComponent(value)}`;
    renderWithData(<UrlNotice search={search} />, { dataset, search });
    const item = await within(await screen.findByRole("status")).findByRole("listitem");
    expect(item).toHaveTextContent(`Ignored view “${value.slice(0, 40)}…”: not a view.`);
    expect(document.querySelector("script")).toBeNull();
  });

  it("quotes text stripped of bidirectional controls and invisible characters", async () => {
    const search = "?%E2%80%AEnimda=1&view=a%E2%80%8Bd%E2%81%A6m%E2%80%8Fin";
    renderWithData(<UrlNotice search={search} />, { dataset, search });
    const notice = await screen.findByRole("status");
    const items = within(notice)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "Ignored “nimda”: the dashboard does not use this parameter.",
      "Ignored view “admin”: not a view.",
    ]);
  });

  it("names the right parameter, tells a reversed timeline range, and knows the app's own links", async () => {
    const search = "?to=2017-05&tfrom=2100&tto=2000&present=1&step=2&amounts=crore";
    renderWithData(<UrlNotice search={search} />, { dataset, search });
    const notice = await screen.findByRole("status");
    const items = within(notice)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "Ignored end year “2017-05”: it takes a year only (for a month, the timeline’s range uses “tto”, timeline end).",
      "Ignored amount scale “crore”: not one of its choices.",
      "Timeline range 2100 to 2000 read as 2000 to 2100.",
    ]);
  });

  it("is dismissed by its button", async () => {
    renderWithData(<UrlNotice search="?foo=1" />, { dataset, search: "?foo=1" });
    const notice = await screen.findByRole("status");
    expect(notice).toHaveTextContent("Ignored “foo”: the dashboard does not use this parameter.");
    await userEvent.click(within(notice).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("sums up corrections past the first eight", async () => {
    const search = "?" + Array.from({ length: 11 }, (_, i) => `x${i}=1`).join("&");
    renderWithData(<UrlNotice search={search} />, { dataset, search });
    const notice = await screen.findByRole("status");
    expect(within(notice).getAllByRole("listitem")).toHaveLength(8);
    expect(notice).toHaveTextContent("…and 3 more corrections.");
  });

  it("shows nothing for a valid link", async () => {
    renderWithData(<UrlNotice search="?view=projects&sector=energy" />, {
      dataset,
      search: "?view=projects&sector=energy",
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole("status")).toBeNull();
  });
});
