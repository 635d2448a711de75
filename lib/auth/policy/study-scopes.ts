// Scopes of effect studies (issue 14, ADR 0016). A study's definition holds no person: everyone in
// the organisation reads it (a caseworker sees which study a case entered); those with
// "study.manage" create studies and write them ("study.close" decides who closes one). An allocation is person-level: it is read with its case
// (the case's scope, so a manager never reads one), and it is never updated. Results reach
// managers only as aggregates, computed in the organisation-wide system context (SYSTEM_SCOPES).
import type { Prisma } from "@/lib/db/generated/client";
import { NOTHING, type Actor, type Purpose } from "./actor";
import { can } from "./capabilities";
import { caseScope } from "./scopes";

/** Studies of the actor's organisation: read by everyone in it, written by those with "study.manage". */
export function effectStudyScope(actor: Actor, purpose: Purpose): Prisma.EffectStudyWhereInput {
  if (purpose === "write") return can(actor, "study.manage") ? { organisationId: actor.organisationId } : NOTHING;
  return { organisationId: actor.organisationId };
}

/** Allocations of the cases the actor reads; nobody writes them through a scope (created once, immutable). */
export function studyAllocationScope(actor: Actor, purpose: Purpose, now: Date = new Date()): Prisma.StudyAllocationWhereInput {
  if (purpose === "write") return NOTHING;
  return { organisationId: actor.organisationId, case: caseScope(actor, "read", now) };
}
