/**
 * Class names that turn a table into stacked cards below Tailwind's `sm` breakpoint (640 px): each
 * row becomes a bordered card of two columns, each cell a field under its column's name (the
 * cell's `data-label`, drawn with CSS). The markup stays one table, so its row headers, sorting
 * buttons, ids and tests are the same at every width; at `sm` and wider nothing changes.
 */
export const cardsTable = "max-sm:block max-sm:min-w-0";

/** A header row that is hidden on cards (each field names itself). */
export const cardsHeadHidden = "max-sm:hidden";

/** A header row kept on cards as a wrapped row of its sorting buttons. */
export const cardsHeadSort =
  "max-sm:block [&>tr]:max-sm:flex [&>tr]:max-sm:flex-wrap [&>tr]:max-sm:gap-x-2 [&>tr]:max-sm:border-0";

export const cardsBody = "max-sm:flex max-sm:flex-col max-sm:gap-3";

export const cardsRow =
  "max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-4 max-sm:gap-y-2 max-sm:rounded-lg max-sm:border max-sm:border-border max-sm:p-3";

/** A field: its column's name (`data-label`) above its value. */
export const cardsCell =
  "max-sm:block max-sm:p-0 max-sm:text-start max-sm:before:mb-0.5 max-sm:before:block max-sm:before:text-xs max-sm:before:font-medium max-sm:before:text-muted-foreground max-sm:before:content-[attr(data-label)]";

/** A field that takes the card's whole width (a name, a list, a text). */
export const cardsWide = "max-sm:col-span-2";

/** The record's name: first, across the card, with no label. */
export const cardsTitle = "max-sm:order-first max-sm:col-span-2 max-sm:block max-sm:p-0";
