/**
 * Writes each unit's label point (its pole of inaccessibility, `computeLabelPoint`) into the
 * bundled boundaries, public/data/pakistan.topo.json, as the unit's `label` property [lon, lat],
 * rounded to 1e-5° (about a metre). The map then places its names without computing the poles on a
 * reader's phone. Run it after replacing the boundaries file: `npm run map:labels`. A unit test
 * fails when a stored point no longer matches its unit.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { GeometryCollection, Topology } from "topojson-specification";
import { toGeography } from "../src/lib/figure/geo";
import { computeLabelPoint } from "../src/lib/figure/unit-labels";

const FILE = "public/data/pakistan.topo.json";
const round = (n: number) => Math.round(n * 1e5) / 1e5;

const topo = JSON.parse(readFileSync(FILE, "utf8")) as Topology;
const points = new Map(
  toGeography(topo).units.map((u) => [u.properties.id, computeLabelPoint(u).map(round)]),
);
const admin = topo.objects.pakistan_admin1 as GeometryCollection<Record<string, unknown>>;
for (const g of admin.geometries) {
  const id = (g.properties as Record<string, unknown> | undefined)?.id;
  const label = typeof id === "string" ? points.get(id as never) : undefined;
  if (!label) throw new Error(`${FILE}: no label point for unit ${String(id)}`);
  g.properties = { ...g.properties, label };
  console.log(`${String(id)}: ${label.join(", ")}`);
}
writeFileSync(FILE, JSON.stringify(topo));
