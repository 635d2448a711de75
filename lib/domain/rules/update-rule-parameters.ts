// An administrator changes the deadline rule parameters of the organisation's jurisdiction (e.g.
// when the law changes). A change is never an overwrite: it is a new RuleSet version with who,
// when and why, and every open case of the organisation gets its next deadline recomputed in the
// same transaction (a system step, ctx.system("admin.manage")), so worklists never mix old and new rules.
//
// Invariants: only admin.manage may do this (others get NotFoundError and nothing is written);
// the admin edits the version they saw (a newer one in between is a conflict); the access log
// records the change with its old → new values.
import type { Prisma } from "@/lib/db/generated/client";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { ConflictError, DomainRuleError } from "@/lib/domain/errors";
import { DK_PARAMETER_KEYS } from "@/lib/rules/dk";
import { getRuleset, parseRuleParameters } from "@/lib/rules";
import type { TUpdateRuleParameters } from "@/lib/validation/rules";
import { recomputeOrganisationDeadlines } from "@/lib/domain/deadlines/recompute-organisation-deadlines";
import { getActiveRuleset } from "./get-active-ruleset";
import { lockDanishRuleset, storeRuleVersion } from "./ruleset-rows";

export type UpdateRuleParametersResult = { id: string; version: number; casesChecked: number; casesUpdated: number };

/**
 * Stores the parameters as the next RuleSet version of the organisation (ADR 0006) and recomputes
 * every open case's next deadline on Danish today.
 * @throws NotFoundError without "admin.manage"; ConflictError when `baseVersion` is not the active
 *   version; DomainRuleError "rules.errors.unsupportedJurisdiction" | "rules.errors.noChange".
 */
export const updateRuleParameters = defineUseCase(
  // Recomputing a large organisation takes longer than the default 5 s interactive transaction.
  { capability: "admin.manage", notFound: "ruleset", transaction: { maxWait: 10_000, timeout: 120_000 } },
  async (ctx, input: TUpdateRuleParameters): Promise<UpdateRuleParametersResult> => {
    // Serialise edits of one organisation's ruleset across app instances (gap-free versions).
    const jurisdiction = await lockDanishRuleset(ctx);

    let current = await getActiveRuleset(ctx.read, jurisdiction);
    if (input.baseVersion !== current.version) throw new ConflictError();
    const nothingStored = !current.id;
    if (!current.id) {
      // Store the built-in defaults as version 1 first, so the history shows what was changed.
      const builtIn = getRuleset(jurisdiction);
      const id = await storeRuleVersion(
        ctx,
        jurisdiction,
        { ...builtIn.versions[0]!, parameters: builtIn.defaults },
        { revision: current.version },
      );
      current = { ...current, id };
    }

    const version = current.version + 1;
    const proposed: Record<string, number> = { version };
    for (const key of DK_PARAMETER_KEYS) proposed[key] = input[key];
    const parameters = parseRuleParameters(jurisdiction, proposed);
    const changes: Record<string, { from: number; to: number }> = {};
    for (const key of DK_PARAMETER_KEYS) {
      if (current.parameters[key] !== parameters[key]) changes[key] = { from: current.parameters[key]!, to: parameters[key]! };
    }
    if (Object.keys(changes).length === 0) throw new DomainRuleError("rules.errors.noChange");

    // A revision of the first dated version keeps its name, references and transition (ADR 0006 § 7);
    // its number follows the highest stored revision of any version.
    const first = await ctx.read.ruleSet.findFirst({
      where: { jurisdiction, effectiveFrom: null },
      orderBy: { version: "desc" },
      select: { versionKey: true, name: true, nameKey: true, transition: true, legalReferences: true },
    });
    const highest = await ctx.read.ruleSet.findFirst({ where: { jurisdiction }, orderBy: { version: "desc" }, select: { version: true } });
    const row = await ctx.tx.ruleSet.create({
      data: {
        organisationId: ctx.actor.organisationId,
        jurisdiction,
        ...(first ?? {}),
        effectiveFrom: null,
        version: Math.max(version, (highest?.version ?? 0) + 1),
        parameters: parameters as Prisma.InputJsonValue,
        note: input.reason,
        createdById: ctx.actor.userId,
      },
      select: { id: true },
    });
    // Nothing was stored before: the later built-in versions (the 2014 reform) are stored after it,
    // since a stored history replaces the built-in one (ADR 0006 § 7).
    if (nothingStored) {
      let next = version;
      for (const v of getRuleset(jurisdiction).versions.filter((x) => x.effectiveFrom !== null)) {
        await storeRuleVersion(ctx, jurisdiction, v, { revision: ++next });
      }
    }
    const { checked, updated } = await recomputeOrganisationDeadlines(ctx.system("admin.manage"));
    await ctx.audit.updated({
      recordType: "RuleSet",
      recordId: row.id,
      details: { jurisdiction, version, changes, reason: input.reason, casesChecked: checked, casesUpdated: updated },
    });
    return { id: row.id, version, casesChecked: checked, casesUpdated: updated };
  },
);
