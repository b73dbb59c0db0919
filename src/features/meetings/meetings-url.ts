import { useQueryState, useQueryStates } from "nuqs";
import { parsersOf, URL_PARAMS } from "@/lib/url-params";

/** The meeting whose details are open (`?meeting=jcc-10`). */
export function useSelectedMeeting() {
  return useQueryState("meeting", URL_PARAMS.meeting.parser.withOptions({ history: "push" }));
}

/** Opens a document's details in the Documents view. */
export function useOpenDocument() {
  const [, set] = useQueryStates(
    {
      ...parsersOf("view", "project", "doc"),
    },
    { history: "push", scroll: true },
  );
  return (id: string) => void set({ view: "documents", doc: id, project: null });
}
