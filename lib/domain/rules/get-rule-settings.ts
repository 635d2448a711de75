// The admin page's view of the deadline rules: the parameters in force for the organisation's
// jurisdiction and every stored version with who, when, why and what changed (old → new).
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { hasRuleset, parseRuleParameters } from "@/lib/rules";
import { getActiveRuleset, type ActiveRuleset } from "./get-active-ruleset";

export type RuleVersionRow = {
  id: string;
  version: number;
  createdAt: Date;
  createdByName: string | null;
  note: string | null;
  /** Changed parameters against the previous version; empty for the first one. */
  changes: { key: string; from: number; to: number }[];
};

export type RuleSettings = { jurisdiction: string; supported: boolean; active: ActiveRuleset | null; history: RuleVersionRow[] };

export async function getRuleSettings(actor: Actor): Promise<RuleSettings> {
  if (!can(actor, "admin.manage")) throw new NotFoundError("ruleset");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({ where: { id: actor.organisationId }, select: { jurisdiction: true } });
    if (!org) throw new NotFoundError("organisation");
    const jurisdiction = org.jurisdiction;
    if (!hasRuleset(jurisdiction)) return { jurisdiction, supported: false, active: null, history: [] };
    const active = await getActiveRuleset(tx, actor.organisationId, jurisdiction);
    const rows = await tx.ruleSet.findMany({
      where: { organisationId: actor.organisationId, jurisdiction },
      orderBy: { version: "asc" },
      select: { id: true, version: true, parameters: true, note: true, createdById: true, createdAt: true },
    });
    // Only names are shown; users of other organisations (same jurisdiction) stay anonymous.
    const ids = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => !!id))];
    const users = await tx.user.findMany({
      where: { id: { in: ids }, organisationId: actor.organisationId },
      select: { id: true, name: true },
    });
    const names = new Map(users.map((u) => [u.id, u.name]));
    let previous: Record<string, number> | null = null;
    const history: RuleVersionRow[] = [];
    for (const r of rows) {
      const params = parseRuleParameters(jurisdiction, r.parameters);
      const changes = previous
        ? Object.keys(params)
            .filter((k) => k !== "version" && params[k] !== previous![k])
            .map((k) => ({ key: k, from: previous![k]!, to: params[k]! }))
        : [];
      history.push({
        id: r.id,
        version: r.version,
        createdAt: r.createdAt,
        createdByName: r.createdById ? (names.get(r.createdById) ?? null) : null,
        note: r.note,
        changes,
      });
      previous = params;
    }
    return { jurisdiction, supported: true, active, history: history.reverse() };
  });
}
