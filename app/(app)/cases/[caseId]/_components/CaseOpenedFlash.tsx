"use client";
// "The case has been opened" on the new case's page: the open-case form (citizen page) keeps the
// message before its action redirects here (useActionForm's `flash` option, ADR 0032). The key is named in this
// client module so that the case page's translation subset carries it (ADR 0026).
import { Flash } from "@/components/forms/Flash";

export const CASE_OPENED_MESSAGE = "cases.openCase.opened";
export const CASE_OPENED_SCOPE = "case";

export function CaseOpenedFlash() {
  return <Flash scope={CASE_OPENED_SCOPE} />;
}
