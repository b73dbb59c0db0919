import {
  createParser,
  parseAsString,
  parseAsStringLiteral,
  useQueryState,
  useQueryStates,
} from "nuqs";
import { VIEWS } from "@/shared/url-state";

const parseAsRecordId = createParser({
  parse: (v: string) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) ? v : null),
  serialize: (v: string) => v,
});

/** Text searched in the list of sources (`?srcq=dawn`), cut at 100 characters. */
export function useSourceQuery() {
  return useQueryState(
    "srcq",
    createParser({ parse: (v: string) => v.slice(0, 100), serialize: (v: string) => v })
      .withDefault("")
      .withOptions({ history: "replace", clearOnDefault: true }),
  );
}

/** Opens a document's or a meeting's details in its own view. */
export function useOpenRecord() {
  const [, set] = useQueryStates(
    {
      view: parseAsStringLiteral(VIEWS).withDefault("overview"),
      project: parseAsString,
      doc: parseAsRecordId,
      meeting: parseAsRecordId,
    },
    { history: "push", scroll: true },
  );
  return {
    openDocument: (id: string) => void set({ view: "documents", doc: id, project: null }),
    openMeeting: (id: string) => void set({ view: "meetings", meeting: id, project: null }),
  };
}
