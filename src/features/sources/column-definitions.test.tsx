import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDataset } from "@/data/fixtures";
import { PROJECT_COLUMNS } from "@/data/projects-csv-columns";
import { renderWithData } from "@/test-utils";
import { ColumnDefinitions } from "./column-definitions";

describe("ColumnDefinitions", () => {
  it("draws the tables of column meanings when first opened, and keeps them", async () => {
    renderWithData(<ColumnDefinitions />, { dataset: makeDataset() });
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    await userEvent.click(screen.getByText("Columns of the CSV files"));
    const projects = await screen.findByRole("table", { name: "Projects (CSV)" });
    expect(within(projects).getAllByRole("row")).toHaveLength(PROJECT_COLUMNS.length + 1);
    expect(within(projects).getByRole("row", { name: /^id / })).toHaveTextContent(
      "idProject id (stable, used in links)",
    );
    expect(screen.getAllByRole("table")).toHaveLength(3);
    await userEvent.click(screen.getByText("Columns of the CSV files"));
    expect(screen.getAllByRole("table", { hidden: true })).toHaveLength(3);
  });
});
