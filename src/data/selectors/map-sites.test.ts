import { describe, expect, it } from "vitest";
import { makeProject } from "../fixtures";
import { mapLayout } from "./map";
import { bubbleRadius, colocatedSites, spreadOffsets } from "./map-sites";

const at = (id: string, lon: number, lat: number, name: string, usd: number | null) =>
  makeProject({
    id,
    location: { precision: "town", point: { lat, lon, name } },
    cost: usd === null ? null : { usdMillions: usd, stage: "final", asOf: "2020" },
  });

const projects = [
  ...Array.from({ length: 14 }, (_, i) =>
    at(
      `gwadar-${String(i + 1).padStart(2, "0")}`,
      62.3225,
      25.1264,
      "Gwadar",
      i < 4 ? 100 * (i + 1) : null,
    ),
  ),
  at("islamkot-a", 70.1763, 24.6973, "Islamkot", 850),
  at("islamkot-b", 70.1763, 24.6973, "Islamkot", 812),
  at("lahore", 74.34, 31.55, "Lahore", 1000),
  // a hundredth of a degree away from Gwadar: a place of its own
  at("near-gwadar", 62.3325, 25.1264, "Gwadar East", 5),
];

describe("colocatedSites", () => {
  it("makes one site per shared place, with exact counts, and leaves lone points out", () => {
    const layout = mapLayout(projects, "cost");
    const sites = colocatedSites(layout.points, (p) => [p.point.lon, p.point.lat]);
    expect(sites.map((s) => [s.key, s.items.length])).toEqual([
      ["70.1763,24.6973", 2],
      ["62.3225,25.1264", 14],
    ]);
    // largest first within a site, as the layout draws them
    expect(sites[1]!.items.slice(0, 5).map((p) => p.project.id)).toEqual([
      "gwadar-04",
      "gwadar-03",
      "gwadar-02",
      "gwadar-01",
      "gwadar-05",
    ]);
  });

  it("finds no site among points that are all apart", () => {
    expect(colocatedSites([[1, 2] as const, [1, 3] as const], (p) => p)).toEqual([]);
  });
});

describe("spreadOffsets", () => {
  it("puts the first marker straight above and keeps every pair clear by the gap", () => {
    for (const radii of [
      [4, 4],
      [12, 3.5, 3.5],
      Array.from({ length: 14 }, (_, i) => (i < 4 ? 9 - i : 3.5)),
    ]) {
      const offsets = spreadOffsets(radii, 2);
      expect(offsets[0]![0]).toBeCloseTo(0, 6);
      expect(offsets[0]![1]).toBeLessThan(0);
      for (let i = 0; i < radii.length; i++)
        for (let j = i + 1; j < radii.length; j++) {
          const d = Math.hypot(offsets[i]![0] - offsets[j]![0], offsets[i]![1] - offsets[j]![1]);
          expect(d).toBeGreaterThanOrEqual(radii[i]! + radii[j]! + 2 - 1e-9);
        }
    }
  });

  it("spreads two equal markers exactly their diameter and the gap apart", () => {
    const [[ax, ay], [bx, by]] = spreadOffsets([4, 4], 2) as [[number, number], [number, number]];
    expect(Math.hypot(ax - bx, ay - by)).toBeCloseTo(10, 9);
  });

  it("leaves a lone marker in place", () => {
    expect(spreadOffsets([5])).toEqual([[0, 0]]);
  });
});

describe("bubbleRadius", () => {
  it("leaves room for a two-digit count", () => {
    expect(bubbleRadius(14, 13)).toBe(12.4);
    expect(bubbleRadius(5, 13)).toBe(10.4);
  });
});
