// Reads (never stores) a case's deadlines for display, and the "due soon" window of the
// organisation's active ruleset, through the deadline engine (lib/rules, lib/domain/deadlines).
// Helpers of use cases: they take the use case's context, so the ruleset and the organisation are
// read through the policy's scopes.
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { computeDeadlines, hasRuleset, type Deadline } from "@/lib/rules";
import { getActiveRuleset } from "@/lib/domain/rules/get-active-ruleset";
import { loadCaseFacts } from "@/lib/domain/deadlines/recompute-case-deadline";
import { DUE_SOON_DAYS } from "./urgency";

/**
 * All deadlines of a case on the context's Danish today (earliest first); empty when the
 * jurisdiction has no ruleset. The caller has loaded the case through its scope.
 */
export async function caseDeadlines(ctx: UseCaseContext, caseId: string): Promise<Deadline[]> {
  const { facts, jurisdiction } = await loadCaseFacts(ctx.tx, caseId);
  if (!hasRuleset(jurisdiction)) return [];
  const { parameters } = await getActiveRuleset(ctx.read, jurisdiction);
  return computeDeadlines(jurisdiction, parameters, facts, ctx.today);
}

/** Days ahead that count as "due soon" in the actor's organisation's active ruleset (default DUE_SOON_DAYS). */
export async function dueSoonDaysFor(ctx: UseCaseContext): Promise<number> {
  const org = await ctx.read.organisation.findFirst({ select: { jurisdiction: true } });
  if (!org || !hasRuleset(org.jurisdiction)) return DUE_SOON_DAYS;
  const { parameters } = await getActiveRuleset(ctx.read, org.jurisdiction);
  const days = parameters.dueSoonDays;
  return typeof days === "number" && Number.isFinite(days) ? days : DUE_SOON_DAYS;
}
