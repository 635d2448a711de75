// The one shape of every server action: who is asking, parse with the shared schema, call ONE
// domain function, translate domain errors to field/form messages. Nothing is written when
// parsing fails, and unexpected errors never leak details to the browser.
import type { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/policy";
import { DomainRuleError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { formDataToObject, hasPasswordField, parseWith, postedValues, textLimits, type ActionState } from "@/lib/validation/form";

export type RunActionOptions = {
  /**
   * false: a refused post returns none of the values sent. The default is false for a schema with a
   * field named like a password (hasPasswordField), true otherwise; a form with a password field
   * under another name must say false (a password must never come back to the browser).
   */
  echo?: boolean;
};

export async function runAction<S extends z.ZodType, R>(
  schema: S,
  formData: FormData,
  fn: (actor: Actor, data: z.output<S>) => Promise<R>,
  message?: string,
  options: RunActionOptions = {},
): Promise<ActionState<R>> {
  const actor = await requireActor();
  // A refused submission returns what was sent, so that a post without JavaScript comes back with
  // the user's text in the fields (ADR 0033); passwords and the like are never among it, a form of
  // passwords returns nothing, and a "not allowed" (not found) answer carries none.
  const echo = options.echo ?? !hasPasswordField(schema);
  const values = () => (echo ? postedValues(formData, textLimits(schema)) : undefined);
  const parsed = parseWith(schema, formDataToObject(formData));
  if (!parsed.ok) return withValues({ ok: false, fieldErrors: parsed.fieldErrors, formError: "errors.formInvalid" }, values());
  try {
    const data = await fn(actor, parsed.data);
    return { ok: true, data, message };
  } catch (e) {
    // A record that is not there for this user has nothing to correct, and its answer stays the same
    // constant as a missing record's (no echo of the ids sent; tests/e2e/authorization-actions.spec.ts).
    if (e instanceof NotFoundError) return actionError(e);
    return withValues(actionError(e), values());
  }
}

function withValues<R>(state: ActionState<R>, values: ActionState["values"]): ActionState<R> {
  return values === undefined ? state : { ...state, values };
}

export function actionError(e: unknown): ActionState<never> {
  if (e instanceof ValidationError) return { ok: false, fieldErrors: e.fieldErrors, formError: "errors.formInvalid" };
  if (e instanceof DomainRuleError) {
    return e.field
      ? { ok: false, fieldErrors: { [e.field]: [e.code] }, formError: "errors.formInvalid" }
      : { ok: false, formError: e.code };
  }
  if (e instanceof NotFoundError) return { ok: false, formError: "errors.notAllowed" };
  console.error("server action failed", e);
  return { ok: false, formError: "errors.unexpected" };
}
