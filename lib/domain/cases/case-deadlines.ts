// The organisation's rules for display (dated versions, the "due soon" window of the
// rule version in force today), through the deadline engine (lib/rules, lib/domain/deadlines).
// Helpers of use cases: they take the use case's context, so the ruleset and the organisation are
// read through the policy's scopes.
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { getRuleset, hasRuleset, versionOn } from "@/lib/rules";
import { getRuleVersions, type StoredRuleVersion } from "@/lib/domain/rules/get-rule-versions";
import { DUE_SOON_DAYS } from "./urgency";

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
