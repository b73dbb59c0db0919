import { useQueryState, useQueryStates } from "nuqs";
import { parsersOf, URL_PARAMS } from "@/lib/url-params";

/** Text searched in the list of sources (`?srcq=dawn`), cut at 100 characters. */
export function useSourceQuery() {
  return useQueryState(
    "srcq",
    URL_PARAMS.srcq.parser.withOptions({ history: "replace", clearOnDefault: true }),
  );
}

/** Opens a document's or a meeting's details in its own view. */
export function useOpenRecord() {
  const [, set] = useQueryStates(
    {
      ...parsersOf("view", "project", "doc", "meeting"),
    },
    { history: "push", scroll: true },
  );
  return {
    openDocument: (id: string) => void set({ view: "documents", doc: id, project: null }),
    openMeeting: (id: string) => void set({ view: "meetings", meeting: id, project: null }),
  };
}
