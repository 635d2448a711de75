// Turns a case's stored facts into the rules engine's CaseFacts, computes its deadlines with the
// active ruleset, and stores the next one on the case (nextDeadlineOn/Kind) so that worklists sort
// in SQL. Call recomputeCaseDeadline inside the same transaction after every change to a case's
// status, exemptions, follow-ups or referrals.
//
// The stored date only depends on the facts (and, for an exemption that begins after a missed
// deadline, on the day it begins), so it stays right as days pass; its state (overdue, due soon) is
// computed at read time from today. recomputeOrganisationDeadlines refreshes a whole organisation
// after a ruleset change and in the daily job.
//
// The stored next deadline is derived data, not a fact: it is neither versioned nor logged per
// case (the change that caused it is).
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/domain/errors";
import { computeDeadlines, hasRuleset, nextDeadline, type CaseFacts, type Deadline, type RuleParameters } from "@/lib/rules";
import { getActiveRuleset } from "@/lib/domain/rules/get-active-ruleset";

type Tx = Prisma.TransactionClient;

const BATCH = 200;

const FACTS_SELECT = {
  id: true,
  firstAbsenceDay: true,
  status: true,
  closedOn: true,
  voidedAt: true,
  nextDeadlineOn: true,
  nextDeadlineKind: true,
  employerConversationOn: true,
  extensionAssessedOn: true,
  statusChanges: { select: { status: true, effectiveOn: true }, orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }] },
  exemptions: { where: { voidedAt: null }, select: { fromOn: true, untilOn: true } },
  followUps: { where: { status: "HELD", voidedAt: null }, select: { heldAt: true, scheduledAt: true } },
  referrals: { where: { startedAt: { not: null } }, select: { startedAt: true, completedAt: true, droppedAt: true, returnedAt: true } },
} satisfies Prisma.SickLeaveCaseSelect;

type FactsRow = Prisma.SickLeaveCaseGetPayload<{ select: typeof FACTS_SELECT }>;

const copenhagenDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in Denmark of an instant, as UTC midnight (a follow-up held 00:30 Danish time belongs to that day). */
function copenhagenDay(instant: Date): Date {
  return new Date(`${copenhagenDate.format(instant)}T00:00:00Z`);
}

function toCaseFacts(row: FactsRow): CaseFacts {
  const statusChanges = row.statusChanges.map((c) => ({ status: c.status, effectiveOn: c.effectiveOn }));
  // The case row's status is authoritative; a case without (or with a stale) change history still
  // gets the right current status.
  const last = statusChanges.at(-1);
  if (!last) statusChanges.push({ status: row.status, effectiveOn: row.firstAbsenceDay });
  else if (last.status !== row.status)
    statusChanges.push({ status: row.status, effectiveOn: row.status === "CLOSED" && row.closedOn ? row.closedOn : last.effectiveOn });
  const heldFollowUps = row.followUps.flatMap((f) => {
    const at = f.heldAt ?? f.scheduledAt;
    return at ? [copenhagenDay(at)] : [];
  });
  const programmePeriods = row.referrals.flatMap((r) => {
    if (!r.startedAt) return [];
    const ends = [r.completedAt, r.droppedAt, r.returnedAt].filter((d): d is Date => d !== null).map((d) => d.getTime());
    return [{ fromOn: copenhagenDay(r.startedAt), untilOn: ends.length ? copenhagenDay(new Date(Math.min(...ends))) : null }];
  });
  return {
    firstAbsenceDay: row.firstAbsenceDay,
    statusChanges,
    exemptions: row.exemptions.map((e) => ({ fromOn: e.fromOn, untilOn: e.untilOn })),
    heldFollowUps,
    programmePeriods,
    employerConversationHeldOn: row.employerConversationOn,
    extensionAssessedOn: row.extensionAssessedOn,
  };
}

function deadlinesOf(row: FactsRow, jurisdiction: string, parameters: RuleParameters, today: Date): Deadline[] {
  // A voided case has no deadlines; neither has an organisation whose jurisdiction has no ruleset yet.
  if (row.voidedAt || !hasRuleset(jurisdiction)) return [];
  return computeDeadlines(jurisdiction, parameters, toCaseFacts(row), today);
}

/** Writes nextDeadlineOn/Kind when they differ from what is stored; true when it wrote. */
async function storeNext(tx: Tx, row: FactsRow, deadlines: Deadline[]): Promise<boolean> {
  const next = nextDeadline(deadlines);
  const on = next?.dueOn ?? null;
  const kind = next?.kind ?? null;
  if ((row.nextDeadlineOn?.getTime() ?? null) === (on?.getTime() ?? null) && row.nextDeadlineKind === kind) return false;
  await tx.sickLeaveCase.update({ where: { id: row.id }, data: { nextDeadlineOn: on, nextDeadlineKind: kind }, select: { id: true } });
  return true;
}

async function activeParameters(tx: Tx, organisationId: string, jurisdiction: string): Promise<RuleParameters> {
  return hasRuleset(jurisdiction) ? (await getActiveRuleset(tx, organisationId, jurisdiction)).parameters : { version: 0 };
}

async function loadRow(tx: Tx, caseId: string) {
  const row = await tx.sickLeaveCase.findUnique({
    where: { id: caseId },
    select: { ...FACTS_SELECT, organisationId: true, department: { select: { organisation: { select: { jurisdiction: true } } } } },
  });
  if (!row) throw new NotFoundError("case");
  return { row, jurisdiction: row.department.organisation.jurisdiction, organisationId: row.organisationId };
}

/** The rules engine's view of one case and the jurisdiction it falls under. */
export async function loadCaseFacts(tx: Tx, caseId: string): Promise<{ facts: CaseFacts; jurisdiction: string; organisationId: string }> {
  const { row, jurisdiction, organisationId } = await loadRow(tx, caseId);
  return { facts: toCaseFacts(row), jurisdiction, organisationId };
}

/** Recomputes one case's deadlines, stores the next one on the case, and returns all for display. */
export async function recomputeCaseDeadline(tx: Tx, caseId: string, today: Date): Promise<Deadline[]> {
  const { row, jurisdiction, organisationId } = await loadRow(tx, caseId);
  const deadlines = deadlinesOf(row, jurisdiction, await activeParameters(tx, organisationId, jurisdiction), today);
  await storeNext(tx, row, deadlines);
  return deadlines;
}

/**
 * Recomputes every case of an organisation that is open or still carries a stored deadline, in
 * batches (ruleset changes, the daily job). Returns how many cases were checked and how many changed.
 */
export async function recomputeOrganisationDeadlines(
  tx: Tx,
  organisationId: string,
  today: Date,
): Promise<{ checked: number; updated: number }> {
  const org = await tx.organisation.findUnique({ where: { id: organisationId }, select: { jurisdiction: true } });
  if (!org) throw new NotFoundError("organisation");
  const parameters = await activeParameters(tx, organisationId, org.jurisdiction);
  let checked = 0;
  let updated = 0;
  let after: string | undefined;
  for (;;) {
    const rows: FactsRow[] = await tx.sickLeaveCase.findMany({
      where: {
        organisationId,
        OR: [{ status: { not: "CLOSED" }, voidedAt: null }, { nextDeadlineOn: { not: null } }],
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: FACTS_SELECT,
    });
    for (const row of rows) {
      if (await storeNext(tx, row, deadlinesOf(row, org.jurisdiction, parameters, today))) updated++;
    }
    checked += rows.length;
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.id;
  }
  return { checked, updated };
}
