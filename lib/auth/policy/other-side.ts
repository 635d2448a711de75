// Whose records of the OTHER department an actor may read (SPEC §2, ADR 0007, issue 9), as a
// citizen filter. The scopes (scopes.ts) enforce it record by record; pages use this to tell
// "no consent (or relationship) that lets you see the other side" apart from "nothing registered".
import type { Prisma } from "@/lib/db/generated/client";
import { seesPersons, type Actor } from "./actor";
import { activeConsentWhere, consentScopeFor } from "./consent";
import { coordinatorWindowWhere, readsOtherSideThroughMeetings } from "./coordinator";

/**
 * Citizens whose other-department records `actor` may read at `now`:
 * - coordinators: inside their meeting window (coordinator.ts);
 * - jobcenter staff: an active HEALTH_TO_JOBCENTER consent and a live case in their department;
 * - health-center staff: an active JOBCENTER_TO_HEALTH consent and their department works with the
 *   citizen (a referral on a live case to one of its programmes, or one of its rehab plans).
 * Managers, admins and users without a department: nobody.
 */
export function otherSideReadableWhere(actor: Actor, now: Date): Prisma.CitizenWhereInput {
  if (!seesPersons(actor)) return { id: { in: [] } }; // nobody (scopes.ts NOTHING)
  if (readsOtherSideThroughMeetings(actor)) return coordinatorWindowWhere(actor, now);
  const consent = { consents: { some: activeConsentWhere(consentScopeFor(actor.departmentKind!), now) } };
  if (actor.departmentKind === "JOBCENTER") {
    return { organisationId: actor.organisationId, ...consent, cases: { some: { departmentId: actor.departmentId!, voidedAt: null } } };
  }
  return {
    organisationId: actor.organisationId,
    ...consent,
    OR: [
      { cases: { some: { voidedAt: null, referrals: { some: { programme: { departmentId: actor.departmentId! } } } } } },
      { rehabPlans: { some: { departmentId: actor.departmentId!, voidedAt: null } } },
    ],
  };
}
