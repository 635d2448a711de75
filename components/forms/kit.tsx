"use client";
// Small pieces shared by the forms: reset after a successful save, the submit
// button with a pending state, and field ids that stay unique when one page holds many forms.
import { useEffect, useRef, type ReactNode } from "react";
import type { ActionState, FieldErrors } from "@/lib/validation/form";
import { Button } from "@/components/ui/Button";

/** Resets the form after each successful save (each action call returns a new state object). */
export function useResetOnSuccess(state: ActionState, enabled = true) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (enabled && state.ok) ref.current?.reset();
  }, [state, enabled]);
  return ref;
}

export function fieldIds(prefix: string) {
  return (name: string) => `${prefix}-${name}`;
}

/** Errors of a field, including those of its array elements ("participants.0"). */
export function errorsFor(errors: FieldErrors, name: string): string[] | undefined {
  const own = Object.entries(errors)
    .filter(([k]) => k === name || k.startsWith(`${name}.`))
    .flatMap(([, v]) => v);
  return own.length ? [...new Set(own)] : undefined;
}

export function SubmitButton({
  pending,
  children,
  variant = "primary",
}: {
  pending: boolean;
  children: ReactNode;
  variant?: "primary" | "danger";
}) {
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
      {children}
    </Button>
  );
}
