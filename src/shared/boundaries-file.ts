/**
 * The boundaries of Pakistan's provinces and territories and of its neighbours (Natural Earth,
 * public domain; see the notes beside the file). Fetched from the app's own host only when a map
 * is drawn (the Map view, an embedded map), so that a first visit to any other view never loads
 * them. A module of its own, with no imports, so the app's entry can ask for the file early on the
 * map's address without loading the map's code.
 */
export const BOUNDARIES_FILE = "pakistan.topo.json";

export function boundariesUrl(): string {
  return `${import.meta.env.BASE_URL}data/${BOUNDARIES_FILE}`;
}
