// Helpers shared by the user-administration use cases (not use cases themselves): the department
// and tag checks, the history values of a user, the last-administrator rule and set-password links.
// They run inside a use case and only use its context (scoped finders, ctx.tx for rows reached
// through a user loaded by scope).
import type { DepartmentKind, Role, SignInMethod } from "@/lib/db/generated/client";
import { departmentFitForRole, USER_ADMIN_ROLES } from "@/lib/auth/policy";
import { newSetupToken, SETUP_LINK_HOURS } from "@/lib/auth/password-setup";
import { CONDITION_TAGS } from "@/lib/referrals/condition-tags";
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { HistoryValue } from "@/lib/domain/history/types";

/**
 * The department for a user of `role`: loaded from the organisation (404-proof: another
 * organisation's department is "not found" and reported on the field), and fitting the role.
 * @throws DomainRuleError "admin.users.errors.departmentRequired" | "…departmentMismatch" | "errors.invalidChoice" on departmentId.
 */
export async function departmentForRole(
  ctx: UseCaseContext,
  role: Role,
  departmentId: string | null,
): Promise<{ id: string; name: string; kind: DepartmentKind } | null> {
  const dept = departmentId
    ? await ctx.read.department.findFirst({ where: { id: departmentId }, select: { id: true, name: true, kind: true } })
    : null;
  if (departmentId && !dept) throw new DomainRuleError("errors.invalidChoice", "departmentId");
  const fit = departmentFitForRole(role, dept?.kind ?? null);
  if (fit !== "ok") throw new DomainRuleError(`admin.users.errors.${fit}`, "departmentId");
  return dept;
}

/** The tag keys users of the organisation may carry: the built-in condition tags and the organisation's own. */
export async function knownTagKeys(ctx: UseCaseContext): Promise<Set<string>> {
  const own = await ctx.read.competenceTag.findMany({ select: { key: true } });
  return new Set<string>([...CONDITION_TAGS, ...own.map((t) => t.key)]);
}

/** @throws DomainRuleError "admin.users.errors.unknownTag" on competenceTags when a tag is not in the list. */
export async function assertTagsKnown(ctx: UseCaseContext, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  const known = await knownTagKeys(ctx);
  if (tags.some((t) => !known.has(t))) throw new DomainRuleError("admin.users.errors.unknownTag", "competenceTags");
}

/** What the history shows of a user (department by name, so a reader sees "Jobcenter Nord → Sundhedscenter"). */
export function userHistoryValues(u: {
  name: string;
  email: string;
  role: Role;
  departmentName: string | null;
  signInMethod: string;
  competenceTags: readonly string[];
}): Record<string, HistoryValue> {
  return {
    name: u.name,
    email: u.email,
    role: u.role,
    department: u.departmentName,
    signInMethod: u.signInMethod,
    competenceTags: [...u.competenceTags],
  };
}

/**
 * The last-administrator rule: an organisation keeps at least one active user who administers
 * users. Serialised per organisation (ctx.lock) so that two admins disabling each other at the
 * same moment cannot both succeed.
 * @throws DomainRuleError "admin.users.errors.lastAdmin" on `field` when `userId` is the only one left.
 */
export async function assertAnotherActiveAdmin(ctx: UseCaseContext, userId: string, field: string): Promise<void> {
  await ctx.lock("user-admins", ctx.actor.organisationId);
  const others = await ctx.read.user.count({ where: { active: true, id: { not: userId }, role: { in: [...USER_ADMIN_ROLES] } } });
  if (others === 0) throw new DomainRuleError("admin.users.errors.lastAdmin", field);
}

/** Ends the user's open set-password links (a newer link replaces them; SSO-only and disabled users have none). */
export async function revokeOpenLinks(ctx: UseCaseContext, userId: string): Promise<void> {
  await ctx.tx.passwordSetupToken.updateMany({ where: { userId, usedAt: null, revokedAt: null }, data: { revokedAt: ctx.now } });
}

/**
 * Issues a set-password link for a user the use case loaded through its scope: older open links
 * end, the new one works for SETUP_LINK_HOURS; the history and the access log record that a link
 * was issued (never the token). Returns the token, to be shown once to the admin.
 */
export async function issueLinkFor(ctx: UseCaseContext, userId: string): Promise<{ token: string; expiresAt: Date }> {
  await revokeOpenLinks(ctx, userId);
  const { token, tokenHash } = newSetupToken();
  const expiresAt = new Date(ctx.now.getTime() + SETUP_LINK_HOURS * 3_600_000);
  await ctx.tx.passwordSetupToken.create({ data: { userId, tokenHash, createdById: ctx.actor.userId, expiresAt }, select: { id: true } });
  await ctx.history.record({
    recordType: "User",
    recordId: userId,
    action: "PASSWORD_LINK",
    changes: { passwordLink: { from: null, to: expiresAt.toISOString() } },
  });
  await ctx.audit.updated({ recordType: "User", recordId: userId, details: { passwordLink: "issued" } });
  return { token, expiresAt };
}

/**
 * The columns of a user that the admin's user form sets (create and correct), the department already
 * checked; also the form's values for an existing user (`userFormColumns(u, u.departmentId)`).
 */
export function userFormColumns(
  input: { name: string; email: string; role: Role; competenceTags: string[]; signInMethod: SignInMethod },
  departmentId: string | null,
) {
  return {
    name: input.name,
    email: input.email,
    role: input.role,
    departmentId,
    competenceTags: input.competenceTags,
    signInMethod: input.signInMethod,
  };
}
