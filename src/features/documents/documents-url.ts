import {
  createParser,
  parseAsString,
  parseAsStringLiteral,
  useQueryState,
  useQueryStates,
} from "nuqs";
import {
  DOCUMENT_SORT_KEYS,
  type DocumentSortKey,
  type SortDirection,
} from "@/data/selectors/documents";
import { VIEWS } from "@/shared/url-state";

/** A record id as the dataset writes them; anything else reads as "none chosen". */
const parseAsRecordId = createParser({
  parse: (v: string) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) ? v : null),
  serialize: (v: string) => v,
});

/** The document whose details are open (`?doc=doc-2015-04-20-package`). */
export function useSelectedDocument() {
  return useQueryState("doc", parseAsRecordId.withOptions({ history: "push" }));
}

const SORTS = DOCUMENT_SORT_KEYS.flatMap((k) => [`${k}-asc`, `${k}-desc`] as const);
type Sort = (typeof SORTS)[number];

/** The table's order (`?docsort=title-asc`); newest first by default. */
export function useDocumentSort() {
  const [sort, setSort] = useQueryState(
    "docsort",
    parseAsStringLiteral(SORTS)
      .withDefault("date-desc")
      .withOptions({ history: "replace", clearOnDefault: true }),
  );
  const [key, direction] = sort.split("-") as [DocumentSortKey, SortDirection];
  const set = (k: DocumentSortKey, d: SortDirection) => void setSort(`${k}-${d}` as Sort);
  return [{ key, direction }, set] as const;
}

/** Opens a meeting's details in the Meetings view. */
export function useOpenMeeting() {
  const [, set] = useQueryStates(
    {
      view: parseAsStringLiteral(VIEWS).withDefault("overview"),
      project: parseAsString,
      meeting: parseAsRecordId,
    },
    { history: "push", scroll: true },
  );
  return (id: string) => void set({ view: "meetings", meeting: id, project: null });
}
