"use client";
// useValidatedAction plus a form ref that resets the form after a successful submission
// (for forms that add something; correction forms keep their values).
import { useEffect, useRef } from "react";
import type { z } from "zod";
import { useValidatedAction } from "@/components/forms/useValidatedAction";
import type { ActionState } from "@/lib/validation/form";

export function useActionForm<S extends z.ZodType>(schema: S, action: (prev: ActionState, fd: FormData) => Promise<ActionState>, resetOnSuccess = true) {
  const v = useValidatedAction(schema, action);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnSuccess && v.state.ok) ref.current?.reset();
  }, [v.state, resetOnSuccess]);
  const success = v.state.ok && !v.formError ? v.state.message : undefined;
  return { ...v, ref, success };
}
