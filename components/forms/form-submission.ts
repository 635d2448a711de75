// "A form on this page was just submitted" (walk9 item 3): one current message per page. A new
// submission makes the earlier success messages of the page's other forms obsolete — a green
// "Status er ændret" must not stand beside a newer "Formularen indeholder fejl" of another form —
// so each form's hook (useActionForm) hides its own success on this event, and the messages kept
// for <Flash> (flash-store) are forgotten. Browser-only.
import { clearAllFlash } from "./flash-store";

export const FORM_SUBMITTED_EVENT = "samspil:form-submitted";

/** Announces that `form` was submitted (before it is judged): the other forms' success messages go. */
export function announceSubmission(form: HTMLFormElement): void {
  clearAllFlash();
  window.dispatchEvent(new CustomEvent<HTMLFormElement>(FORM_SUBMITTED_EVENT, { detail: form }));
}

/** Calls `listener` when another form than `own()` on the page is submitted; returns the unsubscribe. */
export function onOtherSubmission(own: () => HTMLFormElement | null, listener: () => void): () => void {
  const handle = (e: Event) => {
    if ((e as CustomEvent<HTMLFormElement>).detail !== own()) listener();
  };
  window.addEventListener(FORM_SUBMITTED_EVENT, handle);
  return () => window.removeEventListener(FORM_SUBMITTED_EVENT, handle);
}
