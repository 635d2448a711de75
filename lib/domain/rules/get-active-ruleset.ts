// The ruleset in force for an organisation in its jurisdiction: the highest stored version, or
// the built-in defaults when none is stored yet. Each organisation owns its own versions, so one
// municipality's admin can never change another's deadlines. Rule parameters are law, not person data: no scope and no access log.
import type { Prisma } from "@/lib/db/generated/client";
import { getRuleset, parseRuleParameters, type RuleParameters } from "@/lib/rules";

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

export async function getActiveRuleset(tx: Prisma.TransactionClient, organisationId: string, jurisdiction: string): Promise<ActiveRuleset> {
  const row = await tx.ruleSet.findFirst({
    where: { organisationId, jurisdiction },
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
