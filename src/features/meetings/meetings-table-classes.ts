/** The cells of the Meetings view's tables. */
export const cellClass = "px-2 py-2 align-top";
export const headClass = "px-2 py-1.5 text-start font-semibold text-muted-foreground";
