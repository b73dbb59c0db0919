/** The cells of the Meetings view's tables. */
export const cellClass = "px-2 py-2 align-top";
// keep-all: a Chinese header breaks between words (at spaces), not after every character.
export const headClass = "px-2 py-1.5 text-start font-semibold break-keep text-muted-foreground";
