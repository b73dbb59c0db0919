import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import { loadDataset } from "./load-dataset";
import type { Dataset } from "./schema";

/** The only query key in the app: the bundled dataset never changes while the page is open. */
export const datasetQueryOptions = queryOptions({
  queryKey: ["dataset"],
  queryFn: loadDataset,
  staleTime: "static",
  retry: false,
});

/** Reads the dataset (suspending until it is there) through a selector declared at module scope. */
export function useDataset<T>(select: (dataset: Dataset) => T): T {
  return useSuspenseQuery({ ...datasetQueryOptions, select }).data;
}
