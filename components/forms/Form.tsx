"use client";
// The <form> element of the one form pattern: bound to useActionForm (submit handler, reset ref,
// no browser validation bubbles: the shared schema's messages appear next to the fields), and it
// hands the schema's text limits to the fields inside (TextField, TextAreaField).
import { createContext, useContext, type FormHTMLAttributes, type ReactNode } from "react";
import type { ActionForm } from "./useActionForm";

const LimitsContext = createContext<Record<string, number>>({});

/** The maximum length of the text field `name` in the surrounding form's schema ("pattern[]" → "pattern"). */
export function useTextLimit(name: string): number | undefined {
  return useContext(LimitsContext)[name.replace(/\[\]$/, "")];
}

export function Form({
  form,
  children,
  ...rest
}: { form: ActionForm; children: ReactNode } & Omit<FormHTMLAttributes<HTMLFormElement>, "onSubmit" | "action" | "method">) {
  return (
    <LimitsContext value={form.limits}>
      <form ref={form.ref} action={form.formAction} onSubmit={form.onSubmit} noValidate {...rest}>
        {children}
      </form>
    </LimitsContext>
  );
}
