// Which form an event belongs to (fix8 item 2). A field joined to a form by its `form` attribute may
// be drawn elsewhere on the page (the RTW week's note sits in the weeks table's Note column): its
// events pass through its own ancestors, not through the form, so the form hooks listen on the
// document and ask this. No React here, so that lazyForm and useDraft stay light.

/**
 * `target` is in `form` or one of its fields (a field joined by its `form` attribute may be drawn
 * elsewhere on the page: `form.elements` and the field's `form` include it).
 */
export function belongsTo(form: HTMLFormElement, target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return form.contains(target) || (target as Partial<HTMLInputElement>).form === form;
}
