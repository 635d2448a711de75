// The coordinator's window (SPEC §2, issue 9 "Coordinator", docs/decisions/0010): a coordinator
// reads the OTHER department's records of a citizen only while
//   - the citizen is on the agenda (item not removed) of a joint meeting (weekly case conference or
//     roundtable) of the actor's organisation that the actor coordinates, and that meeting is
//     upcoming or its minutes are not closed yet, and
//   - the citizen's consent covers BOTH directions (an active HEALTH_TO_JOBCENTER and an active
//     JOBCENTER_TO_HEALTH consent; one consent row may carry both).
// Outside that window the other side's records are out of scope (404), like a missing record.
// Records of the coordinator's own department are read as for any colleague there (scopes.ts).
import type { MeetingKind, Prisma } from "@/lib/db/generated/client";
import type { Actor } from "./actor";
import { activeConsentWhere } from "./consent";

/** Meetings where both departments discuss named citizens (leadership and board meetings never name one). */
export const JOINT_MEETING_KINDS = ["WEEKLY_CASE_CONFERENCE", "ROUNDTABLE"] as const satisfies readonly MeetingKind[];

/** True when the actor's reads of the other department go through the meeting window instead of a working relationship. */
export function readsOtherSideThroughMeetings(actor: Actor): boolean {
  return actor.role === "COORDINATOR";
}

/** Citizens with consent in both directions in force at `now` (one row with both flags, or two rows). */
export function bothDirectionsConsentedWhere(now: Date): Prisma.CitizenWhereInput {
  return {
    AND: [
      { consents: { some: activeConsentWhere("HEALTH_TO_JOBCENTER", now) } },
      { consents: { some: activeConsentWhere("JOBCENTER_TO_HEALTH", now) } },
    ],
  };
}

/**
 * The citizens whose both sides `actor` (a coordinator) may read at `now`: on the live agenda of a
 * joint meeting the actor coordinates (upcoming, or minutes not closed), with consent in both directions.
 */
export function coordinatorWindowWhere(actor: Actor, now: Date): Prisma.CitizenWhereInput {
  return {
    organisationId: actor.organisationId,
    voidedAt: null,
    agendaItems: {
      some: {
        removedAt: null,
        meeting: {
          organisationId: actor.organisationId,
          coordinatorId: actor.userId,
          kind: { in: [...JOINT_MEETING_KINDS] },
          OR: [{ startsAt: { gt: now } }, { minutesClosedAt: null }],
        },
      },
    },
    ...bothDirectionsConsentedWhere(now),
  };
}
