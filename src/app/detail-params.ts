/** What a view has open (a project, meeting, document, timeline item): closed on going to another view. */
export const DETAIL_PARAMS = ["project", "meeting", "doc", "titem"] as const;
