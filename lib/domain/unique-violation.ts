// A write that a unique index guards (an email address, a CPR number, a tag's key) reports the
// duplicate on the form's field instead of as an unexpected error. Not a use case: used inside one.
import { DomainRuleError } from "@/lib/domain/errors";

/** True for Prisma's unique-constraint violation (error code P2002). */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}

/**
 * Awaits `write`; a unique-constraint violation becomes DomainRuleError(`code`, `field`), e.g.
 * ("admin.users.errors.emailTaken", "email"). Any other error is rethrown as it is.
 * @returns what `write` resolves to.
 */
export async function refuseUniqueViolation<T>(write: Promise<T>, code: string, field: string): Promise<T> {
  try {
    return await write;
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainRuleError(code, field);
    throw e;
  }
}
