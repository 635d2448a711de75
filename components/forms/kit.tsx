"use client";
// Small pieces shared by the forms: the submit button with a pending state, and field ids that
// stay unique when one page holds many forms. (The form's state lives in useActionForm.)
import type { ReactNode } from "react";
import type { FieldErrors } from "@/lib/validation/form";
import { Button } from "@/components/ui/Button";

/** `fieldIds("goal-1")("text")` → "goal-1-text". */
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
  variant?: "primary" | "danger" | "secondary";
}) {
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
      {children}
    </Button>
  );
}
