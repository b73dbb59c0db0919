import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import type { Dataset } from "./schema";
import { loadActiveDataset } from "./user-dataset";

/**
 * The only query key in the app: the dataset never changes while the page is open, except when
 * the user opens a file of their own (set directly into the cache).
 */
export const datasetQueryOptions = queryOptions({
  queryKey: ["dataset"],
  queryFn: () => loadActiveDataset(),
  staleTime: "static",
  retry: false,
  // The dataset never changes in place and the selectors are memoised: comparing each selected
  // result deeply with the last one (TanStack's default) only costs time, a lot of it at scale.
  structuralSharing: false,
});

/** Reads the dataset (suspending until it is there) through a selector declared at module scope. */
export function useDataset<T>(select: (dataset: Dataset) => T): T {
  return useSuspenseQuery({ ...datasetQueryOptions, select }).data;
}
