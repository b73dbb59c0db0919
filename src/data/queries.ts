import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Dataset } from "./schema";
import { loadActiveDataset, type DatasetSource, type LoadedDataset } from "./user-dataset";

/**
 * The only query key in the app: the dataset and where it comes from (the bundled file, checked
 * at build or at run time, or the user's own file). It never changes while the page is open,
 * except when the user opens a file of their own or returns to the bundled data (set directly
 * into the cache).
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

/** A selector of the dataset as a selector of the query's result. */
export const ofDataset =
  <T>(select: (dataset: Dataset) => T) =>
  (loaded: LoadedDataset): T =>
    select(loaded.dataset);

export const selectDatasetSource = (loaded: LoadedDataset): DatasetSource => loaded.source;

/** Reads the dataset (suspending until it is there) through a selector declared at module scope. */
export function useDataset<T>(select: (dataset: Dataset) => T): T {
  // Stable while `select` is, so TanStack runs it only when the data changes.
  const selectLoaded = useCallback((loaded: LoadedDataset) => select(loaded.dataset), [select]);
  return useSuspenseQuery({ ...datasetQueryOptions, select: selectLoaded }).data;
}
