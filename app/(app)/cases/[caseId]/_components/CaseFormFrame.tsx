"use client";
// The opening every form of the case page shares: <Form>, an optional intro, the form's message and
// the ids and version the form is based on as hidden inputs, before the form's own fields.
import type { ReactNode } from "react";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { HiddenFields } from "@/components/forms/HiddenFields";
import type { ActionForm } from "@/components/forms/useActionForm";

/**
 * A form of the case page: `hidden` (e.g. `{ caseId, version }`) become hidden inputs; `intro` is a
 * paragraph above the form's message; the fields' ids start with `idPrefix` (ADR 0022).
 */
export function CaseFormFrame({
  form,
  idPrefix,
  hidden,
  intro,
  children,
}: {
  form: ActionForm;
  idPrefix: string;
  hidden: Record<string, string | number>;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <Form form={form} idPrefix={idPrefix}>
      {intro ? <p className="mb-3 text-sm text-slate-700">{intro}</p> : null}
      <FormMessage form={form} />
      <HiddenFields values={hidden} />
      {children}
    </Form>
  );
}
