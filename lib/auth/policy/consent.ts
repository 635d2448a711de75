// Consent as the policy reads it (SPEC §2–3): a cross-department read needs an active consent of
// the citizen in the reader's direction.
import type { ConsentScope, DepartmentKind, Prisma } from "@/lib/db/generated/client";
import type { Actor } from "./actor";

/** The consent direction that lets a reader of department kind `readerKind` see the other department's records. */
export function consentScopeFor(readerKind: DepartmentKind): ConsentScope {
  return readerKind === "HEALTH_CENTER" ? "JOBCENTER_TO_HEALTH" : "HEALTH_TO_JOBCENTER";
}

/** The consent direction that lets `actor` read the other department's records, or null without a department (managers, admins). */
export function readerDirectionOf(actor: Actor): ConsentScope | null {
  return actor.departmentKind ? consentScopeFor(actor.departmentKind) : null;
}

const CONSENT_FLAG = {
  HEALTH_TO_JOBCENTER: "healthToJobcenter",
  JOBCENTER_TO_HEALTH: "jobcenterToHealth",
  SHARE_WITH_EMPLOYER: "shareWithEmployer",
} as const satisfies Record<ConsentScope, string>;

/** Consents covering `scope` that are in force at `now`: not revoked, valid from ≤ now < valid until. */
export function activeConsentWhere(scope: ConsentScope, now: Date): Prisma.ConsentWhereInput {
  return {
    [CONSENT_FLAG[scope]]: true,
    revokedAt: null,
    validFrom: { lte: now },
    OR: [{ validUntil: null }, { validUntil: { gt: now } }],
  };
}

/**
 * The consents under which `actor` reads the other department's records of `citizenIds` at `now`
 * (the runner logs the newest one with each cross-department read), or null when the actor has no
 * department and so no direction.
 */
export function readConsentWhere(actor: Actor, citizenIds: readonly string[], now: Date): Prisma.ConsentWhereInput | null {
  if (!actor.departmentKind) return null;
  return {
    organisationId: actor.organisationId,
    citizenId: { in: [...citizenIds] },
    ...activeConsentWhere(consentScopeFor(actor.departmentKind), now),
  };
}
