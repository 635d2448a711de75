// The admin page's view of the deadline rules: the parameters in force for the organisation's
// jurisdiction and every stored version with who, when, why and what changed (old → new).
import { defineUseCase } from "@/lib/domain/run-use-case";
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

/**
 * The organisation's deadline rules for the administrator (ADR 0006): the active parameters and
 * the stored versions, newest first, each with its changes against the one before.
 * @throws NotFoundError without the capability "admin.manage".
 */
export const getRuleSettings = defineUseCase({ capability: "admin.manage", notFound: "ruleset" }, async (ctx): Promise<RuleSettings> => {
  const org = await ctx.read.organisation.findFirst({ select: { jurisdiction: true } });
  if (!org) throw new NotFoundError("organisation");
  const jurisdiction = org.jurisdiction;
  if (!hasRuleset(jurisdiction)) return { jurisdiction, supported: false, active: null, history: [] };
  const active = await getActiveRuleset(ctx.read, jurisdiction);
  const rows = await ctx.read.ruleSet.findMany({
    where: { jurisdiction },
    orderBy: { version: "asc" },
    select: { id: true, version: true, parameters: true, note: true, createdById: true, createdAt: true },
  });
  // Only names are shown, of the organisation's own staff.
  const ids = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => !!id))];
  const users = await ctx.read.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
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
