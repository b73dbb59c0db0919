import { queryOptions } from "@tanstack/react-query";
import type { Topology } from "topojson-specification";
import { toGeography, type Geography } from "@/lib/figure/geo";
import { BOUNDARIES_FILE, boundariesUrl } from "./boundaries-file";

async function loadBoundaries(): Promise<Geography> {
  // The single-file build, opened from disk where fetch is not allowed, has the boundaries compiled in.
  if (import.meta.env.VITE_EMBED_DATA === "1") {
    const embedded = await import("../../public/data/pakistan.topo.json");
    return toGeography(embedded.default as unknown as Topology);
  }
  const response = await fetch(boundariesUrl());
  if (!response.ok)
    throw new Error(
      `${BOUNDARIES_FILE}: the server answered ${response.status} ${response.statusText}`,
    );
  return toGeography((await response.json()) as Topology);
}

/**
 * The map's own data source, for the Map view and an embedded map: bundled, so it never goes
 * stale.
 */
export const boundariesQueryOptions = queryOptions({
  queryKey: ["boundaries"],
  queryFn: loadBoundaries,
  staleTime: "static",
  retry: false,
});
