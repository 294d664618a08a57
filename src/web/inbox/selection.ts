/** Checkbox selection for bulk actions; shift-click sets the whole range to the clicked box's new state. */
export interface Selection {
  ids: ReadonlySet<string>;
  /** The last box clicked without shift: one end of a shift-click range. */
  anchor: string | undefined;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: undefined };

export function clickCheckbox(selection: Selection, order: readonly string[], id: string, shift: boolean): Selection {
  const turnOn = !selection.ids.has(id);
  const from = selection.anchor === undefined ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(id);
  const range = shift && from !== -1 && to !== -1 ? order.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
  const ids = new Set(selection.ids);
  for (const each of range) {
    if (turnOn) ids.add(each);
    else ids.delete(each);
  }
  return { ids, anchor: shift ? selection.anchor : id };
}

/** Keeps only the ids still listed (rows leave the list through filters and live updates). */
export function keepListed(selection: Selection, order: readonly string[]): Selection {
  const listed = new Set(order);
  const ids = new Set([...selection.ids].filter((id) => listed.has(id)));
  return ids.size === selection.ids.size ? selection : { ids, anchor: selection.anchor };
}
