import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDataset, makeProject, makeSource } from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import { amountScaleParser, useAmountScale } from "./amount-scale";
import { ProjectDetailPanel } from "./project-detail-panel";

const dataset = makeDataset({
  projects: [
    makeProject({
      id: "m8",
      name: "Hoshab–Awaran Road (M-8)",
      cost: {
        usdMillions: 44.69,
        stage: "estimated",
        asOf: "2024",
        original: {
          amount: 12_500_000_000,
          currency: "PKR",
          ratePerUsd: 279.7,
          rateBasis: "2024 average",
          rateSource: makeSource(),
        },
      },
    }),
  ],
});

/** The line of the cost field that gives the reported amount. */
async function reported(search: string): Promise<string> {
  renderWithData(<ProjectDetailPanel />, { dataset, search: `?project=m8&${search}` });
  const dialog = await screen.findByRole("dialog");
  return within(dialog).getByText(/^Reported as /).textContent ?? "";
}

describe("amounts in lakh/crore or million/billion", () => {
  it("reads only the two scales from the URL", () => {
    expect(amountScaleParser.parse("south-asian")).toBe("south-asian");
    expect(amountScaleParser.parse("international")).toBe("international");
    expect(amountScaleParser.parse("crore")).toBeNull();
  });

  it.each([
    ["", "PKR\u00a012.5 billion"],
    ["amounts=south-asian", "PKR\u00a01,250 crore"],
    ["amounts=crore", "PKR\u00a012.5 billion"],
    ["lang=ur", "12.5 ارب روپے"],
    ["lang=ur&amounts=international", "12.5 بلین روپے"],
    ["lang=zh", "125亿卢比"],
    ["lang=zh&amounts=south-asian", "125亿卢比"],
  ])("?%s shows the reported amount as %s", async (search, amount) => {
    // The message itself is English here: tests load only the English catalogue.
    expect(await reported(search)).toBe(
      `Reported as ${amount}, converted at 279.7 per US$ (2024 average)`,
    );
  });

  it("keeps a choice in the URL only when it differs from the language's default", async () => {
    function Probe() {
      const [scale, setScale] = useAmountScale();
      return (
        <>
          <p>{scale}</p>
          <button onClick={() => void setScale("south-asian")}>lakh</button>
          <button onClick={() => void setScale("international")}>million</button>
        </>
      );
    }
    const { updates } = renderWithData(<Probe />, { dataset, search: "?lang=ur" });
    expect(await screen.findByText("south-asian")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "million" }));
    expect(await screen.findByText("international")).toBeInTheDocument();
    expect(updates.at(-1)?.queryString).toBe("?lang=ur&amounts=international");
    await userEvent.click(screen.getByRole("button", { name: "lakh" }));
    expect(await screen.findByText("south-asian")).toBeInTheDocument();
    expect(updates.at(-1)?.queryString).toBe("?lang=ur");
  });
});
