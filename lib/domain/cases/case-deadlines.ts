// Reads (never stores) a case's deadline report for display, and the "due soon" window of the
// rule version in force today, through the deadline engine (lib/rules, lib/domain/deadlines).
// Helpers of use cases: they take the use case's context, so the ruleset and the organisation are
// read through the policy's scopes.
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { computeCaseDeadlines, getRuleset, hasRuleset, versionOn, type DeadlineReport } from "@/lib/rules";
import { getRuleVersions, type StoredRuleVersion } from "@/lib/domain/rules/get-rule-versions";
import { loadCaseFacts } from "@/lib/domain/deadlines/recompute-case-deadline";
import { DUE_SOON_DAYS } from "./urgency";

/**
 * The deadline report of a case on the context's Danish today under the organisation's dated rule
 * versions (ADR 0006): all deadlines (earliest first), the overdue ones with days overdue (worst
 * first), the next one and the flags. Null when the jurisdiction has no ruleset or the case is voided.
 * The caller has loaded the case through its scope; `rules` (optional) are its organisation's rules
 * already read in this run (saves two queries).
 */
export async function caseDeadlineReport(ctx: UseCaseContext, caseId: string, rules?: OrgRules): Promise<DeadlineReport | null> {
  const { facts, jurisdiction, voided } = await loadCaseFacts(ctx.tx, caseId);
  if (voided || !hasRuleset(jurisdiction)) return null;
  // The versions the caller already read for this organisation (orgRulesFor), else read them here.
  const versions = rules?.jurisdiction === jurisdiction ? rules.versions : await getRuleVersions(ctx.read, jurisdiction);
  return computeCaseDeadlines(jurisdiction, versions, facts, ctx.today);
}

/** The organisation's jurisdiction, its dated rule versions and today's "due soon" window, read once per use case run. */
export type OrgRules = { jurisdiction: string | null; versions: StoredRuleVersion[]; dueSoonDays: number };

/**
 * The organisation's rules as a list view needs them (two queries: organisation, rule versions), so
 * that the due-soon window and the rows' reports share one read (issue 10, ADR 0020).
 * `jurisdiction` is null when the organisation has no ruleset (then no versions, DUE_SOON_DAYS).
 */
export async function orgRulesFor(ctx: UseCaseContext): Promise<OrgRules> {
  const org = await ctx.read.organisation.findFirst({ select: { jurisdiction: true } });
  if (!org || !hasRuleset(org.jurisdiction)) return { jurisdiction: null, versions: [], dueSoonDays: DUE_SOON_DAYS };
  const versions = await getRuleVersions(ctx.read, org.jurisdiction);
  const ruleset = getRuleset(org.jurisdiction);
  const days = (versionOn(versions, ctx.today).parameters as Record<string, unknown> | null)?.dueSoonDays;
  return {
    jurisdiction: org.jurisdiction,
    versions,
    dueSoonDays: typeof days === "number" && Number.isFinite(days) ? days : ruleset.dueSoonDays(ruleset.defaults),
  };
}

/** Days ahead that count as "due soon" under the organisation's rule version in force today (default DUE_SOON_DAYS). */
export async function dueSoonDaysFor(ctx: UseCaseContext): Promise<number> {
  return (await orgRulesFor(ctx)).dueSoonDays;
}
