import { useEffect, useRef } from "react";

/**
 * Focus for a list beside a details panel (Meetings, Documents). Choosing a record here moves the
 * focus to the details' heading once they show it (not when the page opens on a record); closing
 * the details gives the focus back to the record's button in the list, `${idPrefix}-${id}`.
 */
export function useListDetailFocus({
  selected,
  setSelected,
  shown,
  idPrefix,
}: {
  selected: string | null;
  setSelected: (id: string | null) => unknown;
  /** The details on show (they change when another record is chosen). */
  shown: unknown;
  idPrefix: string;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  useEffect(() => {
    if (focusNext.current && shown) {
      focusNext.current = false;
      headingRef.current?.focus();
    }
  }, [shown]);
  const choose = (id: string) => {
    focusNext.current = true;
    void setSelected(id);
  };
  const close = () => {
    const id = selected;
    void setSelected(null);
    if (id) document.getElementById(`${idPrefix}-${id}`)?.focus();
  };
  return { headingRef, choose, close };
}
