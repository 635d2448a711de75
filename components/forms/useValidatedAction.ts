"use client";
// Runs the shared zod schema in the browser before the server action, so errors appear at once;
// the server action parses the same schema again and is the one that decides.
import { useActionState, useState, useTransition, type FormEvent } from "react";
import type { z } from "zod";
import { formDataToObject, zodFieldErrors, type ActionState, type FieldErrors } from "@/lib/validation/form";

export function useValidatedAction<S extends z.ZodType>(schema: S, action: (prev: ActionState, fd: FormData) => Promise<ActionState>) {
  const [state, formAction, pending] = useActionState(action, { ok: false } as ActionState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | undefined>();
  const [, startTransition] = useTransition();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const r = schema.safeParse(formDataToObject(fd));
    if (!r.success) {
      setClientErrors(zodFieldErrors(r.error));
      return;
    }
    setClientErrors(undefined);
    startTransition(() => formAction(fd));
  }

  const errors: FieldErrors = clientErrors ?? (state.ok ? {} : (state.fieldErrors ?? {}));
  return { state, onSubmit, pending, errors, formError: clientErrors ? "errors.formInvalid" : state.ok ? undefined : state.formError };
}
