"use client";
// useValidatedAction plus a form ref that resets the form after a successful submission
// (for forms that add something; correction forms keep their values).
import type { z } from "zod";
import { useValidatedAction } from "@/components/forms/useValidatedAction";
import { useResetOnSuccess } from "@/components/forms/kit";
import type { ActionState } from "@/lib/validation/form";

export function useActionForm<S extends z.ZodType>(
  schema: S,
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>,
  resetOnSuccess = true,
) {
  const v = useValidatedAction(schema, action);
  const ref = useResetOnSuccess(v.state, resetOnSuccess);
  const success = v.state.ok && !v.formError ? v.state.message : undefined;
  return { ...v, ref, success };
}
