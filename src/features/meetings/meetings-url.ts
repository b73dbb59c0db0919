import {
  createParser,
  parseAsString,
  parseAsStringLiteral,
  useQueryState,
  useQueryStates,
} from "nuqs";
import { VIEWS } from "@/shared/url-state";

/** A record id as the dataset writes them; anything else reads as "none chosen". */
const parseAsRecordId = createParser({
  parse: (v: string) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) ? v : null),
  serialize: (v: string) => v,
});

/** The meeting whose details are open (`?meeting=jcc-10`). */
export function useSelectedMeeting() {
  return useQueryState("meeting", parseAsRecordId.withOptions({ history: "push" }));
}

/** Opens a document's details in the Documents view. */
export function useOpenDocument() {
  const [, set] = useQueryStates(
    {
      view: parseAsStringLiteral(VIEWS).withDefault("overview"),
      project: parseAsString,
      doc: parseAsRecordId,
    },
    { history: "push", scroll: true },
  );
  return (id: string) => void set({ view: "documents", doc: id, project: null });
}
