import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { geoContains, geoMercator } from "d3-geo";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { MAP_EXTENT_FEATURE, toGeography } from "./geo";
import {
  computeLabelPoint,
  estimateTextWidth,
  labelPoint,
  placeUnitLabel,
  poleOfInaccessibility,
  splitInTwo,
} from "./unit-labels";

const topo = JSON.parse(
  readFileSync(resolve(__dirname, "../../../public/data/pakistan.topo.json"), "utf8"),
) as Topology;
const geo = toGeography(topo);
const unit = (province: string) => geo.units.find((u) => u.province === province)!;

describe("poleOfInaccessibility", () => {
  it("finds the middle of a square and of the wide part of an L", () => {
    const square: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const [x, y] = poleOfInaccessibility([square], 0.01);
    expect(x).toBeCloseTo(5, 1);
    expect(y).toBeCloseTo(5, 1);
    // an L: a 10 × 10 block with a 30 × 2 arm; the centroid would fall near the corner
    const ell: [number, number][] = [
      [0, 0],
      [40, 0],
      [40, 2],
      [10, 2],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const [lx, ly] = poleOfInaccessibility([ell], 0.01);
    expect(lx).toBeCloseTo(5, 0);
    expect(ly).toBeCloseTo(5, 0);
  });
});

describe("labelPoint", () => {
  it.each(geo.units.map((u) => [u.province]))("lies inside %s", (province) => {
    expect(geoContains(unit(province), labelPoint(unit(province)))).toBe(true);
  });

  it.each(geo.units.map((u) => [u.province]))(
    "is stored in the boundaries file for %s, as computed from its shape (else run npm run map:labels)",
    (province) => {
      const stored = (unit(province).properties as { label?: [number, number] }).label;
      const [lon, lat] = computeLabelPoint(unit(province));
      expect(stored).toEqual([Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5]);
      expect(labelPoint(unit(province))).toEqual(stored);
    },
  );

  it("is computed for a unit whose file carries none", () => {
    const rest: Record<string, unknown> = { ...unit("punjab").properties };
    delete rest.label;
    const bare = { ...unit("punjab"), properties: rest } as unknown as Parameters<
      typeof labelPoint
    >[0];
    expect(labelPoint(bare)).toEqual(computeLabelPoint(unit("punjab")));
  });

  it("puts Azad Jammu & Kashmir's name in AJK, not in Khyber Pakhtunkhwa", () => {
    const at = labelPoint(unit("azad-jammu-kashmir"));
    expect(geoContains(unit("khyber-pakhtunkhwa"), at)).toBe(false);
    // AJK lies between about 73.2° and 75° E
    expect(at[0]).toBeGreaterThan(73.2);
    expect(at[0]).toBeLessThan(75);
  });
});

describe("placeUnitLabel", () => {
  // the whole extent fitted to 800 × 736 pixels, as on a desktop screen at zoom 1
  const projection = geoMercator().fitExtent(
    [
      [4, 4],
      [796, 732],
    ],
    MAP_EXTENT_FEATURE,
  );
  const choice = (province: string, full: string[], short: string[] | null, zoom = 1) => {
    const p = geoMercator()
      .scale(projection.scale() * zoom)
      .translate(projection.translate());
    return placeUnitLabel({
      unit: unit(province),
      at: labelPoint(unit(province)),
      full,
      short,
      fontSize: 13,
      lineHeight: 15,
      project: (ll) => p(ll)!,
      invert: (xy) => p.invert!(xy),
      ...(province === "islamabad" ? { outside: [72.4, 33.55] as const } : {}),
    });
  };

  it("writes a large unit's full name at its label point", () => {
    const label = choice("balochistan", ["Balochistan"], null);
    expect(label).toMatchObject({
      lines: ["Balochistan"],
      anchor: "middle",
      leader: null,
      short: false,
    });
  });

  it("abbreviates AJK inside AJK where its full name does not fit", () => {
    const label = choice("azad-jammu-kashmir", ["Azad Jammu", "& Kashmir"], ["AJK"]);
    expect(label.lines).toEqual(["AJK"]);
    expect(label.short).toBe(true);
    expect(label.leader).toBeNull();
    expect(geoContains(unit("azad-jammu-kashmir"), projection.invert!([label.x, label.y])!)).toBe(
      true,
    );
  });

  it("sets Islamabad's name beside it with a leader line, until a zoom gives it room", () => {
    const far = choice("islamabad", ["Islamabad"], ["ICT"]);
    expect(far.anchor).toBe("end");
    expect(far.leader).not.toBeNull();
    const near = choice("islamabad", ["Islamabad"], ["ICT"], 8);
    expect(near.leader).toBeNull();
  });
});

describe("estimateTextWidth", () => {
  it("counts CJK characters as one em and others as 0.6 em", () => {
    expect(estimateTextWidth("旁遮普", 10)).toBe(30);
    expect(estimateTextWidth("Sindh", 10)).toBe(30);
  });
});

describe("placeUnitLabel with a preferred place", () => {
  const projection = geoMercator().fitExtent(
    [
      [4, 4],
      [796, 732],
    ],
    MAP_EXTENT_FEATURE,
  );
  const place = (province: string, preferred: readonly [number, number], full: string[]) =>
    placeUnitLabel({
      unit: unit(province),
      at: labelPoint(unit(province)),
      preferred,
      full,
      short: null,
      fontSize: 13,
      lineHeight: 15,
      project: (ll) => projection(ll)!,
      invert: (xy) => projection.invert!(xy),
    });

  it("uses the preferred place when the name fits there inside the unit", () => {
    const label = place("punjab", [72.0, 31.5], ["Punjab"]);
    expect(projection.invert!([label.x, label.y])![0]).toBeCloseTo(72.0, 6);
    expect(projection.invert!([label.x, label.y])![1]).toBeCloseTo(31.5, 6);
  });

  it("falls back to the label point when the preferred place is outside the unit", () => {
    // a point in Punjab offered for Khyber Pakhtunkhwa
    const label = place("khyber-pakhtunkhwa", [72.5, 30.5], ["Khyber", "Pakhtunkhwa"]);
    const [x, y] = projection(labelPoint(unit("khyber-pakhtunkhwa")))!;
    expect(label.x).toBeCloseTo(x, 6);
    expect(label.y).toBeCloseTo(y, 6);
  });
});

describe("splitInTwo", () => {
  it("breaks a name at the space or hyphen nearest its middle, keeping the hyphen", () => {
    expect(splitInTwo("Gilgit-Baltistan")).toEqual(["Gilgit-", "Baltistan"]);
    expect(splitInTwo("گلگت بلتستان")).toEqual(["گلگت", "بلتستان"]);
    expect(splitInTwo("Punjab")).toBeNull();
  });
});
