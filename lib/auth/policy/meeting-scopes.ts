// Who sees which meetings, agenda items, action items and conference flags (issue 12, ADR 0017).
// - A coordinator (capability "meeting.run") reads the organisation's meetings, changes the ones
//   they run, and reads the items and action items of those; the names on them are shown through
//   the coordinator's window (coordinator.ts).
// - Caseworkers, therapists and visitators read the meetings they take part in and those with a
//   live item about a citizen they work with (caseworkers: a live case in their department;
//   health-center staff: a referral to one of their programmes or one of their rehab plans), those
//   items, and the action items assigned to them or about such citizens.
// - A manager ("meeting.viewLeadership") reads leadership and board meetings and their items that
//   name nobody; never a person-level item.
// - Admins and everyone else: nothing. Nothing is visible across organisations.
// - A named item whose citizen's consent no longer covers both directions, while the minutes are
//   open, is shown to everyone as an item about a citizen whose consent has lapsed: no name, no
//   question, no minutes (lapsedNamedItemWhere; ADR 0017 addendum "consent revoked").
import type { MeetingKind, Prisma } from "@/lib/db/generated/client";
import { NOTHING, personLevelRoles, seesPersons, type Actor, type Purpose } from "./actor";
import { can } from "./capabilities";
import { bothDirectionsConsentedWhere } from "./coordinator";

/** Meetings without person-level items, which managers see (issue 12). */
export const LEADERSHIP_MEETING_KINDS = ["LEADERSHIP", "BOARD_MONTHLY"] as const satisfies readonly MeetingKind[];

/** Citizens a caseworker, therapist or visitator works with (the basis of what meetings they see). */
function worksWithWhere(actor: Actor): Prisma.CitizenWhereInput {
  if (!seesPersons(actor) || can(actor, "meeting.run")) return NOTHING;
  if (actor.departmentKind === "JOBCENTER") return { cases: { some: { departmentId: actor.departmentId!, voidedAt: null } } };
  return {
    OR: [
      { cases: { some: { voidedAt: null, referrals: { some: { programme: { departmentId: actor.departmentId! } } } } } },
      { rehabPlans: { some: { departmentId: actor.departmentId!, voidedAt: null } } },
    ],
  };
}

/** Meetings in reach: see the file header. Writes: the coordinator's own meetings. */
export function meetingScope(actor: Actor, purpose: Purpose): Prisma.MeetingWhereInput {
  const org = { organisationId: actor.organisationId };
  if (purpose === "write") return can(actor, "meeting.run") ? { ...org, coordinatorId: actor.userId } : NOTHING;
  if (can(actor, "meeting.run")) return org;
  if (can(actor, "meeting.viewLeadership")) return { ...org, kind: { in: [...LEADERSHIP_MEETING_KINDS] } };
  if (!seesPersons(actor)) return NOTHING;
  return {
    ...org,
    OR: [
      { participants: { some: { userId: actor.userId } } },
      { agendaItems: { some: { removedAt: null, citizen: worksWithWhere(actor) } } },
    ],
  };
}

/**
 * Agenda items (with their minutes) in reach. A coordinator reads and writes the items of the
 * meetings they run; staff read the live items about citizens they work with, and the unnamed items
 * of meetings they take part in; a manager reads only unnamed items of leadership and board meetings.
 */
export function meetingAgendaItemScope(actor: Actor, purpose: Purpose): Prisma.MeetingAgendaItemWhereInput {
  const org = { organisationId: actor.organisationId };
  if (can(actor, "meeting.run")) return { meeting: { ...org, coordinatorId: actor.userId } };
  if (purpose === "write") return NOTHING;
  if (can(actor, "meeting.viewLeadership")) return { citizenId: null, meeting: { ...org, kind: { in: [...LEADERSHIP_MEETING_KINDS] } } };
  if (!seesPersons(actor)) return NOTHING;
  return {
    removedAt: null,
    meeting: org,
    OR: [{ citizen: worksWithWhere(actor) }, { citizenId: null, meeting: { participants: { some: { userId: actor.userId } } } }],
  };
}

/**
 * Action items in reach: those assigned to the actor (read, and complete them); a coordinator's own
 * meetings' items (read and write); staff read those about citizens they work with (case timeline).
 */
export function meetingTaskScope(actor: Actor, purpose: Purpose): Prisma.MeetingTaskWhereInput {
  const org = { organisationId: actor.organisationId };
  if (!seesPersons(actor)) return NOTHING;
  const mine: Prisma.MeetingTaskWhereInput = { assigneeId: actor.userId };
  if (can(actor, "meeting.run")) return { ...org, OR: [mine, { agendaItem: { meeting: { ...org, coordinatorId: actor.userId } } }] };
  if (purpose === "write") return { ...org, ...mine };
  return { ...org, OR: [mine, { citizen: worksWithWhere(actor) }] };
}

/** Staff participants of meetings in reach (read), of the coordinator's own meetings (write). */
export function meetingParticipantScope(actor: Actor, purpose: Purpose): Prisma.MeetingParticipantWhereInput {
  return { meeting: meetingScope(actor, purpose) };
}

/**
 * Conference flags: the flagging caseworker or therapist reads and writes their own. The
 * coordinator sees them only as agenda suggestions (suggest-agenda-items, named only under consent
 * in both directions).
 */
export function conferenceFlagScope(actor: Actor, purpose: Purpose): Prisma.ConferenceFlagWhereInput {
  if (purpose === "write" && !can(actor, "meeting.flag")) return NOTHING;
  return seesPersons(actor) ? { organisationId: actor.organisationId, flaggedById: actor.userId } : NOTHING;
}

/**
 * Named agenda items that no longer name their citizen (fix15 item 2, ADR 0017 addendum): the
 * meeting's minutes are open and the citizen's consent no longer covers both directions at `now`
 * (revoked, expired, ended with the case) — the SQL form of `!consentsCoverBothDirections`, as the
 * coordinator's window (coordinator.ts), which closes at the same moment. Such an item is shown to
 * everyone without the citizen, its question, minutes and action items' text (get-meeting.ts), and
 * its action items name the citizen to their assignee only by the assignee's own scope
 * (list-my-tasks.ts). Closed minutes keep what was shared while the consent held (not retroactive).
 */
export function lapsedNamedItemWhere(now: Date): Prisma.MeetingAgendaItemWhereInput {
  return { citizenId: { not: null }, meeting: { minutesClosedAt: null }, citizen: { NOT: bothDirectionsConsentedWhere(now) } };
}

/**
 * True when a named item's consent has lapsed while its minutes are open (the in-memory form of
 * lapsedNamedItemWhere, for the coordinator's use cases, which read the citizen's consents).
 */
export function namedItemConsentLapsed(
  item: { citizenId: string | null; minutesClosedAt: Date | null },
  consents: Parameters<typeof consentsCoverBothDirections>[0],
  now: Date,
): boolean {
  return item.citizenId !== null && item.minutesClosedAt === null && !consentsCoverBothDirections(consents, now);
}

/**
 * True when `consents` (a citizen's consent rows) include, at `now`, an active consent in each
 * direction between the departments: the condition for naming the citizen on a joint meeting's
 * agenda (issue 12; the coordinator's window, coordinator.ts, uses the same rule in SQL).
 */
export function consentsCoverBothDirections(
  consents: readonly {
    healthToJobcenter: boolean;
    jobcenterToHealth: boolean;
    revokedAt: Date | null;
    validFrom: Date;
    validUntil: Date | null;
  }[],
  now: Date,
): boolean {
  const live = consents.filter((c) => c.revokedAt === null && c.validFrom <= now && (c.validUntil === null || c.validUntil > now));
  return live.some((c) => c.healthToJobcenter) && live.some((c) => c.jobcenterToHealth);
}

/** True when the citizen's active consents include SHARE_WITH_EMPLOYER at `now` (roundtable minutes). */
export function consentsAllowEmployerSharing(
  consents: readonly { shareWithEmployer: boolean; revokedAt: Date | null; validFrom: Date; validUntil: Date | null }[],
  now: Date,
): boolean {
  return consents.some(
    (c) => c.shareWithEmployer && c.revokedAt === null && c.validFrom <= now && (c.validUntil === null || c.validUntil > now),
  );
}

/** True when a meeting of `kind` may carry items that name a citizen (joint meetings only). */
export function meetingKindNamesCitizens(kind: MeetingKind): boolean {
  return kind === "WEEKLY_CASE_CONFERENCE" || kind === "ROUNDTABLE";
}

/**
 * Staff a coordinator may invite to a meeting (issue 12): active users of the organisation except
 * administrators, who run the system and never take part in case work (walk7 item 5).
 */
export function assignableParticipantScope(actor: Actor): Prisma.UserWhereInput {
  if (!can(actor, "meeting.run")) return NOTHING;
  return { organisationId: actor.organisationId, active: true, role: { not: "ADMIN" } };
}

/**
 * Staff an action item of a meeting's minutes may be assigned to: active users of the organisation in
 * a person-level role (an item is about a citizen; managers and administrators never open a
 * citizen's records, SPEC §2; walk7 item 5).
 */
export function assignableTaskAssigneeScope(actor: Actor): Prisma.UserWhereInput {
  if (!can(actor, "meeting.run")) return NOTHING;
  // With a department: a person-level user sees their own tasks only through it (seesPersons).
  return { organisationId: actor.organisationId, active: true, role: { in: personLevelRoles() }, departmentId: { not: null } };
}
