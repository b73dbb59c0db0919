import { HELD_ATTR } from "./protocol";

/*
 * Until the app takes the first screen over, its fields and choices cannot be changed: a change
 * made then would be lost. The first screen's script holds them as it shows the screen; the app
 * gives them back, in the state they were drawn in, just before it hydrates (src/app/start.tsx).
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function setHeld(field: Field, held: boolean): void {
  if (field instanceof HTMLSelectElement) field.disabled = held;
  else field.readOnly = held;
}

function isHeld(field: Field): boolean {
  return field instanceof HTMLSelectElement ? field.disabled : field.readOnly;
}

/** Holds every field in `root` that can be changed, and marks it. */
export function holdFields(root: Element): void {
  for (const field of root.querySelectorAll<Field>("input, textarea, select")) {
    if (isHeld(field)) continue;
    setHeld(field, true);
    field.setAttribute(HELD_ATTR, "");
  }
}

/** Gives back the fields `holdFields` held, and only those. */
export function releaseFields(root: Element): void {
  for (const field of root.querySelectorAll<Field>(`[${HELD_ATTR}]`)) {
    field.removeAttribute(HELD_ATTR);
    setHeld(field, false);
  }
}
