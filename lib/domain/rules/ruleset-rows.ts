// What the two ways an administrator changes the organisation's ruleset (a revision of the first
// version, update-rule-parameters; a new dated version, add-rule-version) share (ADR 0006): taking
// the organisation's ruleset for editing, and writing one RuleSet row from an engine version.
import type { Prisma } from "@/lib/db/generated/client";
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import type { RuleVersionInput } from "@/lib/rules";

/**
 * The organisation's jurisdiction, with its ruleset locked for this transaction so that edits from
 * several app instances are serialised (gap-free revision numbers).
 * @returns "DK" (the forms edit the Danish parameters; another jurisdiction needs its own form first).
 * @throws NotFoundError "organisation"; DomainRuleError "rules.errors.unsupportedJurisdiction".
 */
export async function lockDanishRuleset(ctx: UseCaseContext): Promise<"DK"> {
  const org = await ctx.read.organisation.findFirst({ select: { jurisdiction: true } });
  if (!org) throw new NotFoundError("organisation");
  if (org.jurisdiction !== "DK") throw new DomainRuleError("rules.errors.unsupportedJurisdiction");
  await ctx.lock("ruleset", ctx.actor.organisationId);
  return "DK";
}

/**
 * The RuleSet row of engine version `v` for the organisation (used by the use cases below, the seed
 * and tests): revision number `revision`, `createdById` null = stored by the system (the built-in
 * history), `note` = the administrator's reason.
 */
export function ruleSetRowData(
  organisationId: string,
  jurisdiction: string,
  v: RuleVersionInput,
  row: { revision: number; note?: string | null; createdById?: string | null },
): Prisma.RuleSetUncheckedCreateInput {
  return {
    organisationId,
    jurisdiction,
    version: row.revision,
    versionKey: v.key,
    name: v.name,
    nameKey: v.nameKey ?? null,
    effectiveFrom: v.effectiveFrom,
    transition: v.transition,
    legalReferences: [...v.legalReferences],
    parameters: v.parameters as Prisma.InputJsonValue,
    note: row.note ?? null,
    createdById: row.createdById ?? null,
  };
}

/** Writes the engine version `v` as the actor's organisation's RuleSet row (see ruleSetRowData); returns its id. */
export async function storeRuleVersion(
  ctx: UseCaseContext,
  jurisdiction: string,
  v: RuleVersionInput,
  row: { revision: number; note?: string | null; createdById?: string | null },
): Promise<string> {
  const created = await ctx.tx.ruleSet.create({
    data: ruleSetRowData(ctx.actor.organisationId, jurisdiction, v, row),
    select: { id: true },
  });
  return created.id;
}
