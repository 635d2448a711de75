"use client";
// THE form hook: every form in the app uses it (one form pattern, issue 7). It
// 1. runs the form's zod schema in the browser first (errors appear next to the fields at once;
//    the server action parses the same schema again and is the one that decides); a schema named
//    with lazySchema(...) loads when the form is focused or submitted (ADR 0030),
// 2. calls the server action (runAction) and shows its field errors, its form error, or its
//    success message; an optimistic-concurrency refusal ("errors.conflict") is flagged so that the
//    form can offer a reload (FormMessage does),
// 3. shows only the outcome of the LATEST submission: a new submission (or a client-side refusal)
//    clears the previous success message, so a green "saved" never stands beside an error — also
//    the success message of every OTHER form on the page and the messages kept for <Flash>: one
//    current message per page (walk9 item 3, ./form-submission),
// 4. resets the form after a success when asked (forms that add something), and
// 5. exposes the schema's text limits, so the fields show the maximum length the server enforces,
// 6. moves the keyboard focus to the outcome: the first field with an error, else the form's message
//    (FormMessage), so a keyboard or screen-reader user lands where the answer is and a message
//    above the screen is scrolled into view (WCAG 2.4.3 focus order, 3.3.1 error identification),
// 7. keeps a success message for a `<Flash scope>` on the page when the save removes or hides the
//    form (option `flash`, ADR 0032),
// 8. hands the values of a refused submission to the fields, so a post without JavaScript comes
//    back with what the user typed (ADR 0033).
// The server action goes to useActionState as it is (never wrapped in a client function): the
// server's HTML then names it in the <form>, so the form posts without JavaScript and before
// hydration (React's progressive enhancement, ADR 0032). After hydration `onSubmit` calls the same
// server action itself (after the browser-side checks) and so learns its result even when the form
// unmounts with the save.
import { useActionState, useCallback, useEffect, useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import type { z } from "zod";
import {
  formDataToObject,
  initialActionState,
  textLimits,
  zodFieldErrors,
  type ActionState,
  type FieldErrors,
} from "@/lib/validation/form";
import { isLazySchema, type SchemaSource } from "./lazySchema";
import { sendWithFlash, type FlashOption } from "./flash-store";
import { announceServerContact } from "./server-contact";
import { announceSubmission, onOtherSubmission } from "./form-submission";
import { belongsTo } from "./belongs-to";

export type FormAction = (prev: ActionState, fd: FormData) => Promise<ActionState>;

export type ActionFormOptions<T> = {
  /** Reset the fields after a successful save (for forms that add something; corrections keep their values). */
  resetOnSuccess?: boolean;
  /**
   * Rules beyond the schema that the browser can judge before sending (e.g. a checklist that needs
   * the chosen programme): field errors, or null to send. The server applies the same rules again.
   */
  check?: (input: T) => FieldErrors | null;
  /**
   * The save removes or hides this form (its FormMessage unmounts with it): the success message is
   * kept for `<Flash scope>` on the page (a scope name, or FlashOption for a condition or a redirect).
   */
  flash?: string | FlashOption;
  /**
   * React's permalink of the form's state (useActionState's third argument): a post without
   * JavaScript goes to this address, and its result is given to every `useActionState` of this
   * action with the same permalink on the page that comes back, not only to this form's. For a
   * field drawn outside the form's component (the RTW week's note, fix9 item 2). Unique on the page.
   */
  permalink?: string;
};

export type ActionForm = ReturnType<typeof useActionForm>;

/**
 * The state and handlers of one form bound to `schema` and the server `action`.
 * Use with `<Form form={f}>` (components/forms/Form.tsx) and `<FormMessage form={f} />`.
 * `schema` is the zod schema itself or a `lazySchema(...)` reference (ADR 0030): that one loads
 * when the form is focused or submitted (a submission waits for it before judging the input); its
 * stated text limits are used from the start.
 */
export function useActionForm<S extends z.ZodType>(
  source: SchemaSource<S>,
  action: FormAction,
  options: ActionFormOptions<z.output<S>> = {},
) {
  // The server action as it is: React names it in the server's HTML (the no-JavaScript post) and
  // gives here the result of such a post when the page comes back from the server.
  const [posted, formAction, postPending] = useActionState(action, initialActionState, options.permalink);
  // The result of the latest submission sent by onSubmit (after hydration), newer than `posted`.
  const [answered, setAnswered] = useState<ActionState | null>(null);
  const state = answered ?? posted;
  const [sending, startTransition] = useTransition();
  const pending = postPending || sending;
  const [schema, setSchema] = useState<S | undefined>(() => (isLazySchema(source) ? source.current : source));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  // The server state a newer submission has made obsolete (shown no longer).
  const [superseded, setSuperseded] = useState<ActionState | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  // A submission waits for its lazy schema: further submissions are ignored and the button shows busy until it is
  // judged (review6 item 2: a double click while the schema loaded sent the form twice). A ref, since a second
  // click can come before React re-renders.
  const [judging, setJudging] = useState(false);
  const judgingRef = useRef(false);
  // A lazy schema states its limits (so the server's HTML has them too); a schema at hand gives them.
  const limits = useMemo(() => (isLazySchema(source) ? source.limits : textLimits(source)), [source]);
  const loadSchema = useCallback(async (): Promise<S> => {
    const loaded = isLazySchema(source) ? await source.load() : source;
    setSchema(loaded);
    return loaded;
  }, [source]);
  // A lazy schema loads when the form receives the focus (someone is about to fill it in). Listened
  // to on the document: a field joined to the form by its `form` attribute but drawn outside it (the
  // RTW week's note) sends its events through its own ancestors, not through the form (fix8 item 2).
  useEffect(() => {
    const form = ref.current;
    if (!form || schema) return;
    const doc = form.ownerDocument;
    const load = (e: FocusEvent) => {
      if (belongsTo(form, e.target)) void loadSchema().catch(() => undefined);
    };
    doc.addEventListener("focusin", load);
    return () => doc.removeEventListener("focusin", load);
  }, [schema, loadSchema]);
  const resetOnSuccess = options.resetOnSuccess ?? false;
  const flash = typeof options.flash === "string" ? { scope: options.flash } : options.flash;

  /**
   * Sends `fd` to the server action in a transition (busy until the answer is drawn) and keeps the
   * answer. An error (a redirect too) is thrown again, to the error boundaries, as useActionState does.
   */
  function send(fd: FormData) {
    startTransition(async () => {
      const r = await sendWithFlash(flash, fd, () => action(state, fd));
      // A redirect may resolve without a state: then there is nothing to show here.
      startTransition(() => setAnswered(r ?? initialActionState));
    });
  }

  const latest = state === superseded || state === initialActionState ? null : state;

  // Another form on the page was submitted: this form's success message is no longer the current one.
  // (Its refusal stays: the fields still need correcting.) The state is read through a ref, so that
  // the listener is added once.
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  useEffect(
    () =>
      onOtherSubmission(
        () => ref.current,
        () => {
          if (stateRef.current.ok) setSuperseded(stateRef.current);
        },
      ),
    [],
  );

  useEffect(() => {
    if (resetOnSuccess && latest?.ok) ref.current?.reset();
  }, [latest, resetOnSuccess]);
  // The outcome of a submission (a client refusal or the server's answer) takes the focus.
  useEffect(() => {
    if (!latest && !clientErrors) return;
    const form = ref.current;
    if (!form) return;
    const shown = (el: HTMLElement) => el.getClientRects().length > 0;
    const invalid = invalidFields(form).find(shown);
    (invalid ?? form.querySelector<HTMLElement>("[data-form-message]"))?.focus();
  }, [latest, clientErrors]);
  // A server action answered: the server session was touched (the idle warning's clock restarts).
  useEffect(() => {
    if (state !== initialActionState) announceServerContact();
  }, [state]);

  function judge(loaded: S, fd: FormData) {
    const r = loaded.safeParse(formDataToObject(fd));
    const refused = r.success ? (options.check?.(r.data) ?? null) : zodFieldErrors(r.error);
    setClientErrors(refused);
    if (refused) return;
    send(fd);
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (judgingRef.current || pending) return;
    const fd = new FormData(e.currentTarget);
    announceSubmission(e.currentTarget);
    setSuperseded(state);
    if (schema) return judge(schema, fd);
    // Not loaded yet: judge once it is; if it cannot load (offline), the server judges alone.
    judgingRef.current = true;
    setJudging(true);
    const judged = () => {
      judgingRef.current = false;
      setJudging(false);
    };
    loadSchema().then(
      (loaded) => {
        judged();
        judge(loaded, fd);
      },
      () => {
        judged();
        setClientErrors(null);
        send(fd);
      },
    );
  }

  const failed = latest && !latest.ok ? latest : null;
  const errors: FieldErrors = clientErrors ?? failed?.fieldErrors ?? {};
  const formError = clientErrors ? "errors.formInvalid" : failed?.formError;
  const busy = pending || judging;
  // What the latest refused submission sent (runAction's `values`): the fields show it again, which
  // matters when the page came back from a post without JavaScript (the browser's typed text is gone
  // then; ADR 0033). Kept through a client-side refusal of a later submission; gone after a success.
  const values = !state.ok ? state.values : undefined;
  const success = !clientErrors && !busy && latest?.ok ? latest.message : undefined;
  return {
    ref,
    onSubmit,
    /**
     * The form's `action` (issue 8 item 9: every form posts). Before hydration, or without
     * JavaScript, the browser posts the form to the server action (React's progressive enhancement)
     * instead of falling back to a GET that would put the fields into the URL; after hydration
     * `onSubmit` handles the submission and this is not used by the browser.
     */
    formAction,
    /** A submission is being judged (its schema loading) or sent: the submit button shows busy and is disabled. */
    pending: busy,
    errors,
    formError,
    success,
    /** The record changed since the form was loaded; nothing was written (ConflictError). */
    conflict: formError === "errors.conflict",
    limits,
    /** The values of the latest refused submission, by field name (the fields use them, `<Form>` passes them). */
    values,
    /** The latest server result (e.g. `data` returned by the use case), or null. */
    result: latest,
  };
}

/**
 * The form's fields marked invalid, in page order: those inside it and those joined to it by their
 * `form` attribute (in `form.elements`, drawn elsewhere).
 */
function invalidFields(form: HTMLFormElement): HTMLElement[] {
  const inside = [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')];
  const joined = [...form.elements].filter(
    (el): el is HTMLElement => el instanceof HTMLElement && el.getAttribute("aria-invalid") === "true" && !inside.includes(el),
  );
  return [...inside, ...joined].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
