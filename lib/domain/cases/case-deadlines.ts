// Reads (never stores) a case's deadlines for display, and the "due soon" window of the
// organisation's active ruleset, through the deadline engine (lib/rules, lib/domain/deadlines).
import type { Prisma } from "@/lib/db/generated/client";
import { computeDeadlines, hasRuleset, type Deadline } from "@/lib/rules";
import { getActiveRuleset } from "@/lib/domain/rules/get-active-ruleset";
import { loadCaseFacts } from "@/lib/domain/deadlines/recompute-case-deadline";
import { DUE_SOON_DAYS } from "./urgency";

type Tx = Prisma.TransactionClient;

/** All deadlines of a case on `today` (earliest first); empty when the jurisdiction has no ruleset. */
export async function caseDeadlines(tx: Tx, caseId: string, today: Date): Promise<Deadline[]> {
  const { facts, jurisdiction, organisationId } = await loadCaseFacts(tx, caseId);
  if (!hasRuleset(jurisdiction)) return [];
  const { parameters } = await getActiveRuleset(tx, organisationId, jurisdiction);
  return computeDeadlines(jurisdiction, parameters, facts, today);
}

/** Days ahead that count as "due soon" in the organisation's active ruleset. */
export async function dueSoonDaysFor(tx: Tx, organisationId: string): Promise<number> {
  const org = await tx.organisation.findUnique({ where: { id: organisationId }, select: { jurisdiction: true } });
  if (!org || !hasRuleset(org.jurisdiction)) return DUE_SOON_DAYS;
  const { parameters } = await getActiveRuleset(tx, organisationId, org.jurisdiction);
  const days = parameters.dueSoonDays;
  return typeof days === "number" && Number.isFinite(days) ? days : DUE_SOON_DAYS;
}
