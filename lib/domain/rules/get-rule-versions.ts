// The dated versions of an organisation's ruleset (ADR 0006, issue 8 item 14, issue 15) as the rules
// engine takes them. Each RuleSet row is one revision of a dated version (`versionKey`); the latest
// revision of each key is in force. An organisation without stored rows has the built-in history
// (DK 2009, DK 2014); the migration that introduced dated versions gave every organisation with
// stored rows the 2014 version as well, and the seed stores both.
// Rule parameters are law, not person data: no access log.
import { getRuleset, hasRuleset, type RuleVersionInput, type RuleVersionTransition } from "@/lib/rules";
import type { ScopedDelegate } from "@/lib/domain/scoped-finders";

/** What reading the versions needs: the organisation's rulesets (ctx.read / sys.read). */
export type RuleVersionReader = { ruleSet: Pick<ScopedDelegate<"ruleSet">, "findMany"> };

/** A stored version row as the engine's input, plus who stored it and when (for the admin page). */
export type StoredRuleVersion = RuleVersionInput & {
  rowId: string | null;
  revision: number | null;
  note: string | null;
  createdById: string | null;
  createdAt: Date | null;
};

const time = (d: Date | null) => (d === null ? Number.NEGATIVE_INFINITY : d.getTime());

/**
 * The organisation's dated history for `jurisdiction`, earliest first: the latest stored revision of
 * each version, or the built-in history when none is stored. Empty for a jurisdiction without rules.
 * Not validated here: computeCaseDeadlines / ruleVersionIssues do that.
 */
export async function getRuleVersions(read: RuleVersionReader, jurisdiction: string): Promise<StoredRuleVersion[]> {
  if (!hasRuleset(jurisdiction)) return [];
  const rows = await read.ruleSet.findMany({
    where: { jurisdiction },
    orderBy: { version: "asc" },
    select: {
      id: true,
      version: true,
      versionKey: true,
      name: true,
      nameKey: true,
      effectiveFrom: true,
      transition: true,
      legalReferences: true,
      parameters: true,
      note: true,
      createdById: true,
      createdAt: true,
    },
  });
  const byKey = new Map<string, StoredRuleVersion>();
  for (const r of rows) {
    byKey.set(r.versionKey, {
      key: r.versionKey,
      name: r.name,
      ...(r.nameKey ? { nameKey: r.nameKey } : {}),
      effectiveFrom: r.effectiveFrom,
      transition: r.transition as RuleVersionTransition,
      legalReferences: r.legalReferences,
      parameters: r.parameters,
      rowId: r.id,
      revision: r.version,
      note: r.note,
      createdById: r.createdById,
      createdAt: r.createdAt,
    });
  }
  if (byKey.size === 0) {
    for (const v of getRuleset(jurisdiction).versions)
      byKey.set(v.key, { ...v, rowId: null, revision: null, note: null, createdById: null, createdAt: null });
  }
  return [...byKey.values()].sort((a, b) => time(a.effectiveFrom) - time(b.effectiveFrom));
}
