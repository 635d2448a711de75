// The single parameter set of the first dated version of an organisation's ruleset (the 2009 rules):
// its highest stored revision, or the built-in defaults when none is stored yet. Deadlines are
// computed with all dated versions (get-rule-versions.ts); this remains for the 2009 parameter form. Each organisation owns its own versions, so one
// municipality's admin can never change another's deadlines. Rule parameters are law, not person
// data: no access log. Read through a finder the policy already fenced to the organisation
// (a use case's `ctx.read`, or a system job's `sys.read`), never with a hand-written filter.
import { getRuleset, parseRuleParameters, type RuleParameters } from "@/lib/rules";
import type { ScopedDelegate } from "@/lib/domain/scoped-finders";

export type ActiveRuleset = {
  /** Null when no version is stored and the built-in defaults apply. */
  id: string | null;
  jurisdiction: string;
  version: number;
  parameters: RuleParameters;
  note: string | null;
  createdById: string | null;
  createdAt: Date | null;
};

/** What reading rule parameters needs: the organisation's rulesets (ctx.read / sys.read). */
export type RulesetReader = { ruleSet: Pick<ScopedDelegate<"ruleSet">, "findFirst"> };

/**
 * The active ruleset of the reader's organisation for `jurisdiction` (ADR 0006).
 * @throws UnknownJurisdictionError when the jurisdiction has no ruleset in lib/rules.
 */
export async function getActiveRuleset(read: RulesetReader, jurisdiction: string): Promise<ActiveRuleset> {
  // The single-set parameters are those of the first dated version (no effective date): the 2009
  // rules. Later dated versions (ADR 0006) are read with getRuleVersions.
  const row = await read.ruleSet.findFirst({
    where: { jurisdiction, effectiveFrom: null },
    orderBy: { version: "desc" },
    select: { id: true, version: true, parameters: true, note: true, createdById: true, createdAt: true },
  });
  if (!row) {
    const defaults = getRuleset(jurisdiction).defaults;
    return { id: null, jurisdiction, version: defaults.version, parameters: defaults, note: null, createdById: null, createdAt: null };
  }
  // The row's version column is authoritative; stored parameters are validated (missing keys → defaults).
  const parameters = { ...parseRuleParameters(jurisdiction, row.parameters), version: row.version };
  return {
    id: row.id,
    jurisdiction,
    version: row.version,
    parameters,
    note: row.note,
    createdById: row.createdById,
    createdAt: row.createdAt,
  };
}
