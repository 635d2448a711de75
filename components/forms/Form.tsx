"use client";
// The <form> element of the one form pattern: bound to useActionForm (submit handler, reset ref,
// no browser validation bubbles: the shared schema's messages appear next to the fields), and it
// hands the schema's text limits, the form's field errors and an id prefix to the fields inside
// (fields.tsx): a field shows the errors of its own name and gets the id "<idPrefix>-<name>" without
// `errors` / `id` props (ADR 0022), and after a refused submission it shows what was sent (ADR 0033).
import { createContext, useContext, type FormHTMLAttributes, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { ActionForm } from "./useActionForm";
import { useDraft } from "./useDraft";

type FieldsContextValue = Pick<ActionForm, "limits" | "errors" | "values" | "conflict"> & { idPrefix: string };
const FieldsContext = createContext<FieldsContextValue>({ limits: {}, errors: {}, values: undefined, conflict: false, idPrefix: "f" });

/**
 * The latest refused submission of the surrounding form: what it sent (`values`, the same object for
 * as long as that refusal is shown) and whether it was refused as a conflict (the record changed
 * since the form was loaded).
 */
export function useRefusal(): { values: ActionForm["values"]; conflict: boolean } {
  const { values, conflict } = useContext(FieldsContext);
  return { values, conflict };
}

/**
 * What the latest refused submission of the surrounding form sent for the field `name` ("x[]" → the
 * list sent as "x[]"), or undefined (no refused submission, outside a <Form>, or not sent). The shared
 * fields use it in place of their `defaultValue`, so a post without JavaScript comes back with the
 * user's text (ADR 0033). `posted` is true when there is a refused submission at all: a checkbox
 * group that sent nothing had nothing checked.
 */
export function usePostedValue(name: string): { posted: boolean; value: string | string[] | undefined } {
  const { values } = useContext(FieldsContext);
  return { posted: !!values, value: values ? values[name.replace(/\[\]$/, "")] : undefined };
}

/**
 * The default id of the field `name` in the surrounding form: "<idPrefix>-<name>" (characters other
 * than letters, digits, "_" and "-" become "-"); "f-<name>" outside a <Form> or without an idPrefix.
 */
export function useFieldId(name: string, own: string | undefined): string {
  const { idPrefix } = useContext(FieldsContext);
  return own ?? `${idPrefix}-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

/** The maximum length of the text field `name` in the surrounding form's schema ("pattern[]" → "pattern"). */
export function useTextLimit(name: string): number | undefined {
  return useContext(FieldsContext).limits[name.replace(/\[\]$/, "")];
}

/**
 * The errors (translation keys) of the field `name` in the surrounding form, unless the field is
 * given its `own` (array elements: "pattern[]" has the errors "pattern.0", …; a group's errors with
 * those of its elements, `errorsFor`). Outside a <Form> there are none.
 */
export function useFieldErrors(name: string, own: string[] | undefined): string[] | undefined {
  const { errors } = useContext(FieldsContext);
  return own ?? errors[name];
}

export function Form({
  form,
  idPrefix = "f",
  children,
  ...rest
}: {
  form: ActionForm;
  /** The fields' ids are "<idPrefix>-<name>" unless given one (unique when a page holds several forms). */
  idPrefix?: string;
  children: ReactNode;
} & Omit<FormHTMLAttributes<HTMLFormElement>, "onSubmit" | "action" | "method">) {
  const t = useTranslations();
  // Typed text survives a session end (issue 8 item 2): kept per page and form until saved.
  const restored = useDraft(form.ref, !!form.result?.ok);
  return (
    <FieldsContext value={{ limits: form.limits, errors: form.errors, values: form.values, conflict: form.conflict, idPrefix }}>
      <form ref={form.ref} action={form.formAction} onSubmit={form.onSubmit} noValidate {...rest}>
        {restored ? (
          <p role="status" className="mb-3 rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-blue-900">
            {t("common.draftRestored")}
          </p>
        ) : null}
        {children}
      </form>
    </FieldsContext>
  );
}
