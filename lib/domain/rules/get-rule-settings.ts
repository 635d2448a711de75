// The admin page's view of the deadline rules: the dated versions (ADR 0006) with the one in force
// today and its parameters, and every stored revision with who, when, why and what changed (old → new).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { NotFoundError } from "@/lib/domain/errors";
import { hasRuleset, parseRuleParameters, versionOn, type RuleParameters } from "@/lib/rules";
import { getActiveRuleset, type ActiveRuleset } from "./get-active-ruleset";
import { getRuleVersions } from "./get-rule-versions";
import { staffNames } from "@/lib/domain/users/staff-names";

export type RuleVersionRow = {
  id: string;
  version: number;
  createdAt: Date;
  createdByName: string | null;
  note: string | null;
  /** Changed parameters against the previous version; empty for the first one. */
  changes: { key: string; from: number; to: number }[];
};

/** A dated version as the admin page lists it (ADR 0006, issue 8 item 14). */
export type DatedVersionRow = {
  key: string;
  name: string;
  nameKey: string | null;
  effectiveFrom: Date | null;
  transition: string;
  legalReferences: readonly string[];
  note: string | null;
  createdAt: Date | null;
  createdByName: string | null;
  /** The version in force today. */
  inForce: boolean;
  /** Takes effect after today. */
  upcoming: boolean;
};

export type RuleSettings = {
  jurisdiction: string;
  supported: boolean;
  active: ActiveRuleset | null;
  history: RuleVersionRow[];
  /** The dated versions, earliest first (built in when none are stored). */
  versions: DatedVersionRow[];
  /** The parameters of the version in force today (either rule model; `model: 2014` marks the 2014 rules). */
  inForceParameters: RuleParameters | null;
};

/**
 * The organisation's deadline rules for the administrator (ADR 0006): the active parameters and
 * the stored versions, newest first, each with its changes against the one before.
 * @throws NotFoundError without the capability "admin.manage".
 */
export const getRuleSettings = defineUseCase({ capability: "admin.manage", notFound: "ruleset" }, async (ctx): Promise<RuleSettings> => {
  const org = await ctx.read.organisation.findFirst({ select: { jurisdiction: true } });
  if (!org) throw new NotFoundError("organisation");
  const jurisdiction = org.jurisdiction;
  if (!hasRuleset(jurisdiction))
    return { jurisdiction, supported: false, active: null, history: [], versions: [], inForceParameters: null };
  const dated = await getRuleVersions(ctx.read, jurisdiction);
  const inForce = versionOn(dated, ctx.today);
  const active = await getActiveRuleset(ctx.read, jurisdiction);
  const rows = await ctx.read.ruleSet.findMany({
    where: { jurisdiction },
    orderBy: { version: "asc" },
    select: { id: true, version: true, versionKey: true, parameters: true, note: true, createdById: true, createdAt: true },
  });
  // Only names are shown, of the organisation's own staff.
  const ids = [...new Set([...rows, ...dated].map((r) => r.createdById).filter((id): id is string => !!id))];
  const names = await staffNames(ctx, ids);
  // A revision is compared with the previous revision of the same dated version.
  const previousOf = new Map<string, Record<string, number>>();
  const history: RuleVersionRow[] = [];
  for (const r of rows) {
    const params = parseRuleParameters(jurisdiction, r.parameters);
    const previous = previousOf.get(r.versionKey) ?? null;
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
    previousOf.set(r.versionKey, params);
  }
  const versions: DatedVersionRow[] = dated.map((v) => ({
    key: v.key,
    name: v.name,
    nameKey: v.nameKey ?? null,
    effectiveFrom: v.effectiveFrom,
    transition: v.transition,
    legalReferences: v.legalReferences,
    note: v.note,
    createdAt: v.createdAt,
    createdByName: v.createdById ? (names.get(v.createdById) ?? null) : null,
    inForce: v.key === inForce.key,
    upcoming: v.effectiveFrom !== null && v.effectiveFrom > ctx.today,
  }));
  return {
    jurisdiction,
    supported: true,
    active,
    history: history.reverse(),
    versions,
    inForceParameters: parseRuleParameters(jurisdiction, inForce.parameters),
  };
});
