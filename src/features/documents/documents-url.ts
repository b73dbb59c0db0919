import { useQueryState, useQueryStates } from "nuqs";
import type { DocumentSortKey, SortDirection } from "@/data/selectors/documents";
import type { DOCUMENT_SORTS } from "@/lib/url-params";
import { parsersOf, URL_PARAMS } from "@/lib/url-params";

/** The document whose details are open (`?doc=doc-2015-04-20-package`). */
export function useSelectedDocument() {
  return useQueryState("doc", URL_PARAMS.doc.parser.withOptions({ history: "push" }));
}

type Sort = (typeof DOCUMENT_SORTS)[number];

/** The table's order (`?docsort=title-asc`); newest first by default. */
export function useDocumentSort() {
  const [sort, setSort] = useQueryState(
    "docsort",
    URL_PARAMS.docsort.parser.withOptions({ history: "replace", clearOnDefault: true }),
  );
  const [key, direction] = sort.split("-") as [DocumentSortKey, SortDirection];
  const set = (k: DocumentSortKey, d: SortDirection) => void setSort(`${k}-${d}` as Sort);
  return [{ key, direction }, set] as const;
}

/** Opens a meeting's details in the Meetings view. */
export function useOpenMeeting() {
  const [, set] = useQueryStates(
    {
      ...parsersOf("view", "project", "meeting"),
    },
    { history: "push", scroll: true },
  );
  return (id: string) => void set({ view: "meetings", meeting: id, project: null });
}
