"use client";
// Drafts of typed text survive a session end (issue 8 item 2). While the user types, the form's
// free-text fields (textareas and text inputs) are kept in the tab's sessionStorage under the page
// and the form; when the form mounts again (e.g. after logging in again and coming back to the page)
// the text is put back and the user is told. A successful save and signing out remove the draft.
// Each field's draft remembers the text the page showed when the user started typing (its base): a
// field whose saved text has changed since (someone else saved it: the conflict reload) keeps the
// other person's text, so a draft never hides or overwrites a newer save; the other fields get the
// user's text back.
// sessionStorage lives as long as the browser tab: nothing is kept beyond it, nothing goes to the server.
import { useEffect, useState, type RefObject } from "react";
import { belongsTo } from "./belongs-to";

const PREFIX = "samspil-draft:";

type TextControl = HTMLInputElement | HTMLTextAreaElement;
/** One field's draft: the typed text and the text the page showed when typing began. */
type DraftField = { value: string; base: string };

function textControls(form: HTMLFormElement): TextControl[] {
  return [...form.elements].filter(
    (el): el is TextControl =>
      (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && (el.type === "text" || el.type === "search"))) &&
      !!el.name &&
      !el.disabled &&
      !el.readOnly,
  );
}

/**
 * The draft's key: the page, the record the form is about (its hidden fields but the version) and its
 * text fields by id ("<idPrefix>-<name>", ADR 0022), else by name. The ids tell apart two forms about
 * the same record with the same field names (a follow-up's "cancel" and "void" both have a reason):
 * keyed by name only, a reason typed in one came back in the other (browser walk-through).
 */
function draftKey(form: HTMLFormElement): string {
  const hidden = [...form.elements]
    .filter((el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === "hidden" && !!el.name && el.name !== "version")
    .map((el) => `${el.name}=${el.value}`)
    .join("&");
  const names = textControls(form)
    .map((el) => el.id || el.name)
    .join(",");
  return `${PREFIX}${window.location.pathname}|${hidden}|${names}`;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Whether this tab keeps a draft of a form of the current page (lazily loaded forms then load at once, ADR 0030). */
export function hasDraftOnThisPage(): boolean {
  const s = storage();
  if (!s) return false;
  const prefix = `${PREFIX}${window.location.pathname}|`;
  return Object.keys(s).some((k) => k.startsWith(prefix));
}

/** Removes every draft of this tab (on sign-out). */
export function clearAllDrafts(): void {
  const s = storage();
  if (!s) return;
  for (const k of Object.keys(s)) if (k.startsWith(PREFIX)) s.removeItem(k);
}

/**
 * Keeps the free-text fields of the form in `ref` as a draft while the user types; restores a draft
 * on mount (except into fields saved by someone else since); removes it when `saved` becomes true.
 * Returns whether a draft was restored.
 */
export function useDraft(ref: RefObject<HTMLFormElement | null>, saved: boolean): boolean {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const form = ref.current;
    const s = storage();
    if (!form || !s) return;
    const key = draftKey(form);
    const keyed = (els: TextControl[]) =>
      els.map((el, i) => [`${el.name}#${els.filter((e, j) => j < i && e.name === el.name).length}`, el] as const);
    try {
      const stored = JSON.parse(s.getItem(key) ?? "null") as Record<string, DraftField> | null;
      if (stored) {
        let any = false;
        for (const [k, el] of keyed(textControls(form))) {
          const draft = stored[k];
          if (!draft || typeof draft.value !== "string" || draft.value === el.value) continue;
          // Saved by someone else since the user began typing: their text stands.
          if (draft.base !== el.defaultValue) continue;
          el.value = draft.value;
          any = true;
        }
        if (any) {
          setRestored(true);
          // A form in a collapsed section is opened, so the user sees that their text is back.
          for (let el = form.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
        }
      }
    } catch {
      s.removeItem(key);
    }
    const snapshot = () => {
      const values: Record<string, DraftField> = {};
      for (const [k, el] of keyed(textControls(form)))
        if (el.value && el.value !== el.defaultValue) values[k] = { value: el.value, base: el.defaultValue };
      if (Object.keys(values).length) s.setItem(key, JSON.stringify(values));
      else s.removeItem(key);
    };
    // Text typed before the page became interactive is kept too.
    snapshot();
    // Listened to on the document: a field joined to the form by its `form` attribute but drawn
    // outside it (the RTW week's note) sends its input events through its own ancestors (fix8 item 2).
    const doc = form.ownerDocument;
    const onInput = (e: Event) => {
      if (belongsTo(form, e.target)) snapshot();
    };
    doc.addEventListener("input", onInput);
    return () => doc.removeEventListener("input", onInput);
  }, [ref]);
  useEffect(() => {
    const form = ref.current;
    if (saved && form) storage()?.removeItem(draftKey(form));
    if (saved) setRestored(false);
  }, [saved, ref]);
  return restored;
}
